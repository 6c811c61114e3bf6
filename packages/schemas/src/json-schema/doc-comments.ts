import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as TS from 'typescript';

/**
 * The TSDoc of a zod schema, shaped like the schema: what each property, array item, union
 * variant or record value says about itself. Read from core's source, so the TSDoc on the
 * zod schemas stays the single source of every description (core's bundle carries none).
 */
export interface DocNode {
  /** Properties of an object schema, with the TSDoc written on each property. */
  readonly properties: Map<string, { readonly doc: string | undefined; readonly node: DocNode }>;
  /** Item of an array schema. */
  items?: DocNode;
  /** Variants of a union schema, in order. */
  variants?: DocNode[];
  /** Value of a record schema. */
  values?: DocNode;
}

/** TSDoc of every top-level `const` in core, by name, and the shape of its schema. */
export interface CoreDocs {
  /** The TSDoc written on `export const <name>`. */
  readonly descriptionOf: (constName: string) => string | undefined;
  /** The documented shape of `export const <name>`, when it is a zod schema. */
  readonly nodeOf: (constName: string) => DocNode | undefined;
}

interface ConstDecl {
  readonly initializer: TS.Expression;
  readonly doc: string | undefined;
  readonly file: SourceFileInfo;
}

interface SourceFileInfo {
  readonly locals: Map<string, ConstDecl>;
  /** Local name → exported name in another file. */
  readonly imports: Map<string, string>;
}

// Wrappers that keep the shape of their first argument.
const PASS_THROUGH = new Set([
  'optional', 'nullable', 'nullish', 'readonly', 'nonoptional', 'default', 'prefault', 'catch', 'lazy',
]);
const OBJECT_FACTORIES = new Set(['object', 'strictObject', 'looseObject']);

/** Plain text of a TSDoc comment: `{@link X}` becomes `X`, lines are joined. */
export function plainDoc(text: string): string {
  return text
    .replace(/\{@link(?:code|plain)?\s+([^}\s|]+)(?:\s*\|\s*([^}]+))?\s*\}/g, (_m, target: string, label?: string) => label ?? target)
    .replace(/\s+/g, ' ')
    .trim();
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => join(dir, file));
}

/**
 * Reads the TSDoc of core's zod schemas from its TypeScript sources (`sourceDir`, e.g.
 * `packages/core/src`). Needs the `typescript` package, which only the generator uses.
 */
export async function readCoreDocs(sourceDir: string): Promise<CoreDocs> {
  const ts = (await import('typescript')).default;
  const exported = new Map<string, ConstDecl>();

  const docOf = (node: TS.Node): string | undefined => {
    const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const last = docs[docs.length - 1];
    const text = last ? ts.getTextOfJSDocComment(last.comment) : undefined;
    return text ? plainDoc(text) : undefined;
  };

  for (const path of listSourceFiles(sourceDir)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const file: SourceFileInfo = { locals: new Map(), imports: new Map() };
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement)) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            file.imports.set(element.name.text, (element.propertyName ?? element.name).text);
          }
        }
      } else if (ts.isVariableStatement(statement)) {
        const isExported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
          const decl: ConstDecl = { initializer: declaration.initializer, doc: docOf(statement), file };
          file.locals.set(declaration.name.text, decl);
          if (isExported) exported.set(declaration.name.text, decl);
        }
      }
    }
  }

  const nodes = new Map<ConstDecl, DocNode>();
  const resolve = (name: string, file: SourceFileInfo): ConstDecl | undefined =>
    file.locals.get(name) ?? exported.get(file.imports.get(name) ?? name);

  const nodeOfDecl = (decl: ConstDecl): DocNode => {
    const known = nodes.get(decl);
    if (known) return known;
    // Registered before it is filled, so self-references (recursive schemas) end here.
    const node: DocNode = { properties: new Map() };
    nodes.set(decl, node);
    Object.assign(node, shapeOf(decl.initializer, decl.file));
    return node;
  };

  const fromObjectLiteral = (literal: TS.ObjectLiteralExpression, file: SourceFileInfo, into: DocNode): void => {
    for (const element of literal.properties) {
      if (ts.isSpreadAssignment(element)) {
        // `...NeedSchema.shape` copies another object's properties.
        const target = ts.isPropertyAccessExpression(element.expression) ? element.expression.expression : element.expression;
        for (const [key, value] of shapeOf(target, file).properties) into.properties.set(key, value);
        continue;
      }
      const name = element.name && (ts.isIdentifier(element.name) || ts.isStringLiteral(element.name)) ? element.name.text : undefined;
      if (name === undefined) continue;
      if (ts.isPropertyAssignment(element)) {
        into.properties.set(name, { doc: docOf(element), node: shapeOf(element.initializer, file) });
      } else if (ts.isGetAccessorDeclaration(element)) {
        // `get not() { return ConditionSchema; }`: zod's way of writing recursive schemas.
        const returned = element.body?.statements.find(ts.isReturnStatement)?.expression;
        into.properties.set(name, { doc: docOf(element), node: returned ? shapeOf(returned, file) : { properties: new Map() } });
      }
    }
  };

  function shapeOf(expression: TS.Expression, file: SourceFileInfo): DocNode {
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isNonNullExpression(expression)) {
      return shapeOf(expression.expression, file);
    }
    if (ts.isIdentifier(expression)) {
      const decl = resolve(expression.text, file);
      return decl ? nodeOfDecl(decl) : { properties: new Map() };
    }
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return { properties: new Map() };
    const callee = expression.expression;
    const method = callee.name.text;
    const args = expression.arguments;
    // `schema.check(...)` and other methods return the same kind of schema.
    if (!(ts.isIdentifier(callee.expression) && callee.expression.text === 'z')) return shapeOf(callee.expression, file);
    const node: DocNode = { properties: new Map() };
    const first = args[0];
    if (OBJECT_FACTORIES.has(method) && first && ts.isObjectLiteralExpression(first)) {
      fromObjectLiteral(first, file, node);
    } else if ((method === 'extend' || method === 'safeExtend') && first) {
      for (const [key, value] of shapeOf(first, file).properties) node.properties.set(key, value);
      const extra = args[1];
      if (extra && ts.isObjectLiteralExpression(extra)) fromObjectLiteral(extra, file, node);
    } else if (PASS_THROUGH.has(method) && first) {
      return shapeOf(first, file);
    } else if (method === 'array' && first) {
      node.items = shapeOf(first, file);
    } else if (method === 'union' || method === 'discriminatedUnion') {
      const list = args[method === 'union' ? 0 : 1];
      if (list && ts.isArrayLiteralExpression(list)) node.variants = list.elements.map((e) => shapeOf(e, file));
    } else if (method === 'record' && args[1]) {
      node.values = shapeOf(args[1], file);
    }
    return node;
  }

  return {
    descriptionOf: (name) => exported.get(name)?.doc,
    nodeOf: (name) => {
      const decl = exported.get(name);
      return decl ? nodeOfDecl(decl) : undefined;
    },
  };
}
