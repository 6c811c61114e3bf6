import { OneStoryError } from '@onestory/core';

/** Where a JSON text first goes wrong, and what was expected there. */
export interface JsonSyntaxProblem {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What was expected, e.g. `a value` or `',' or '}'`. */
  readonly expected: string;
}

// Ends the scan at the first error (caught below, never escapes).
class Stop extends OneStoryError {
  override name = 'JsonSyntaxStop';
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/**
 * Finds the first syntax error in a JSON text (null when it is valid JSON). V8's
 * `JSON.parse` messages do not always give a position; people fixing a file need one.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string, what: string) => {
    if (text[i] !== char) throw new Stop(i, what);
    i++;
  };
  const string = () => {
    expect('"', 'a double-quoted string');
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) throw new Stop(i, 'no control characters inside a string (escape them, e.g. \\n)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop(i, 'four hex digits after \\u');
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else throw new Stop(i, 'a valid escape such as \\" or \\n');
      } else i++;
    }
    expect('"', 'a closing double quote');
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Stop(i, 'a double-quoted property name');
        string();
        ws();
        expect(':', "':' after the property name");
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}', "',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']', "',' or ']'");
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) throw new Stop(i, 'a value (object, array, string, number, true, false or null)');
    i += literal[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, 'the end of the file');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1, expected: error.expected };
  }
}
