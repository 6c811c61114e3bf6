import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's `value` once, when the element is first rendered, and never again.
 * Re-rendering must not overwrite what the person is typing: a half-typed date has no
 * parsed value yet, and writing `undefined` back would empty the boxes.
 */
class InitialValueDirective extends Directive {
  #applied = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new TypeError('initialValue() must be used on an element, like <x ${initialValue(v)}>');
  }

  render(_value: unknown): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [value]: [unknown]): typeof noChange {
    if (!this.#applied) {
      this.#applied = true;
      if (value !== undefined) (part.element as HTMLElement & { value: unknown }).value = value;
    }
    return noChange;
  }
}

/** Gives a field its starting value without ever overwriting the person's input. */
export const initialValue = directive(InitialValueDirective);
