/**
 * The parts of FHIR R4 (4.0.1) resources OneStory produces and reads, typed by hand: only
 * the elements used here, named as the specification names them. Validation against the
 * official StructureDefinitions happens in the tests, not here.
 */

export interface Coding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}
export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}
export interface Identifier {
  readonly system?: string;
  readonly value?: string;
  readonly use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
}
export interface Reference {
  readonly reference?: string;
  readonly identifier?: Identifier;
  readonly display?: string;
}
export interface Period {
  readonly start?: string;
  readonly end?: string;
}
export interface Extension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueCoding?: Coding;
  readonly valueString?: string;
  readonly valueCode?: string;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueReference?: Reference;
  readonly extension?: readonly Extension[];
}
/** The `_element` companion of a primitive, carrying its extensions (e.g. translations). */
export interface PrimitiveExtensions {
  readonly extension?: readonly Extension[];
}
export interface Meta {
  readonly profile?: readonly string[];
  readonly tag?: readonly Coding[];
  readonly security?: readonly Coding[];
}
export interface HumanName {
  readonly use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  readonly text?: string;
  readonly family?: string;
  readonly given?: readonly string[];
}
export interface ContactPoint {
  readonly system: 'phone' | 'fax' | 'email' | 'pager' | 'url' | 'sms' | 'other';
  readonly value: string;
  readonly use?: 'home' | 'work' | 'temp' | 'old' | 'mobile';
}
export interface Address {
  readonly use?: 'home' | 'work' | 'temp' | 'old' | 'billing';
  readonly line?: readonly string[];
  readonly city?: string;
  readonly district?: string;
  readonly postalCode?: string;
  readonly country?: string;
}

/** What every resource has. */
export interface ResourceBase {
  readonly resourceType: string;
  readonly id?: string;
  readonly meta?: Meta;
  readonly language?: string;
  readonly extension?: readonly Extension[];
}

/** One answer option of a choice item. */
export interface AnswerOption {
  readonly valueCoding?: Coding;
  readonly valueString?: string;
  readonly valueInteger?: number;
}

/** Item types of R4's `item-type` value set that OneStory uses. */
export type ItemType = 'group' | 'display' | 'boolean' | 'integer' | 'decimal' | 'date' | 'string' | 'text' | 'choice';

/** An answer value an `enableWhen` compares with. */
export interface EnableWhenAnswer {
  readonly answerBoolean?: boolean;
  readonly answerInteger?: number;
  readonly answerDecimal?: number;
  readonly answerDate?: string;
  readonly answerString?: string;
  readonly answerCoding?: Coding;
}
export interface EnableWhen extends EnableWhenAnswer {
  readonly question: string;
  readonly operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
}

export interface QuestionnaireItem {
  readonly linkId: string;
  readonly definition?: string;
  readonly text?: string;
  readonly _text?: PrimitiveExtensions;
  readonly type: ItemType;
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly readOnly?: boolean;
  readonly maxLength?: number;
  readonly enableWhen?: readonly EnableWhen[];
  readonly enableBehavior?: 'all' | 'any';
  readonly answerOption?: readonly AnswerOption[];
  readonly extension?: readonly Extension[];
  readonly item?: readonly QuestionnaireItem[];
}

export interface Questionnaire extends ResourceBase {
  readonly resourceType: 'Questionnaire';
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly _title?: PrimitiveExtensions;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly subjectType: readonly string[];
  readonly publisher?: string;
  readonly description?: string;
  readonly item: readonly QuestionnaireItem[];
}

/** An answer in a QuestionnaireResponse (value[x] of the types used here). */
export interface ResponseAnswer {
  readonly valueBoolean?: boolean;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueDate?: string;
  readonly valueString?: string;
  readonly valueCoding?: Coding;
  readonly item?: readonly ResponseItem[];
}
export interface ResponseItem {
  readonly linkId: string;
  readonly definition?: string;
  readonly text?: string;
  readonly answer?: readonly ResponseAnswer[];
  readonly item?: readonly ResponseItem[];
}
export interface QuestionnaireResponse extends ResourceBase {
  readonly resourceType: 'QuestionnaireResponse';
  readonly identifier?: Identifier;
  readonly questionnaire?: string;
  readonly status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  readonly subject?: Reference;
  readonly authored?: string;
  readonly author?: Reference;
  readonly source?: Reference;
  readonly item?: readonly ResponseItem[];
}

export interface Patient extends ResourceBase {
  readonly resourceType: 'Patient';
  readonly identifier?: readonly Identifier[];
  readonly name?: readonly HumanName[];
  readonly telecom?: readonly ContactPoint[];
  readonly birthDate?: string;
  readonly address?: readonly Address[];
  readonly communication?: readonly { readonly language: CodeableConcept; readonly preferred?: boolean }[];
}

export interface RelatedPerson extends ResourceBase {
  readonly resourceType: 'RelatedPerson';
  readonly identifier?: readonly Identifier[];
  readonly active?: boolean;
  readonly patient: Reference;
  readonly relationship?: readonly CodeableConcept[];
  readonly name?: readonly HumanName[];
  readonly birthDate?: string;
}

export interface Flag extends ResourceBase {
  readonly resourceType: 'Flag';
  readonly identifier?: readonly Identifier[];
  readonly status: 'active' | 'inactive' | 'entered-in-error';
  readonly category?: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly period?: Period;
}

export interface ConsentProvision {
  readonly type?: 'deny' | 'permit';
  readonly period?: Period;
  readonly actor?: readonly { readonly role: CodeableConcept; readonly reference: Reference }[];
  readonly purpose?: readonly Coding[];
  readonly class?: readonly Coding[];
  readonly data?: readonly { readonly meaning: 'instance' | 'related' | 'dependents' | 'authoredby'; readonly reference: Reference }[];
}
export interface Consent extends ResourceBase {
  readonly resourceType: 'Consent';
  readonly identifier?: readonly Identifier[];
  readonly status: 'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';
  readonly scope: CodeableConcept;
  readonly category: readonly CodeableConcept[];
  readonly patient?: Reference;
  readonly dateTime?: string;
  readonly performer?: readonly Reference[];
  readonly organization?: readonly Reference[];
  readonly verification?: readonly { readonly verified: boolean; readonly verifiedWith?: Reference; readonly verificationDate?: string }[];
  readonly policy?: readonly { readonly authority?: string; readonly uri?: string }[];
  readonly policyRule?: CodeableConcept;
  readonly provision?: ConsentProvision;
}

export interface Provenance extends ResourceBase {
  readonly resourceType: 'Provenance';
  readonly target: readonly Reference[];
  readonly recorded: string;
  readonly activity?: CodeableConcept;
  readonly agent: readonly { readonly type?: CodeableConcept; readonly who: Reference; readonly onBehalfOf?: Reference }[];
  readonly entity?: readonly { readonly role: 'derivation' | 'revision' | 'quotation' | 'source' | 'removal'; readonly what: Reference }[];
}

export type Resource = Questionnaire | QuestionnaireResponse | Patient | RelatedPerson | Flag | Consent | Provenance;

export interface BundleEntry {
  readonly fullUrl: string;
  readonly resource: Resource;
  readonly request: { readonly method: 'POST' | 'PUT'; readonly url: string; readonly ifNoneExist?: string };
}
export interface Bundle extends ResourceBase {
  readonly resourceType: 'Bundle';
  readonly identifier?: Identifier;
  readonly type: 'transaction';
  readonly timestamp?: string;
  readonly entry: readonly BundleEntry[];
}
