// Published figures are kept exactly as sent: JSON.parse would turn 17.60 into 17.6 and may change
// digits of long decimals, so answers are parsed here with every number kept as the text it came as.

/** A number of an answer: its text as sent (toString), and a float only for drawing (valueOf). */
export class Amount {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }

  valueOf(): number {
    return Number(this.text);
  }

  toJSON(): number {
    return Number(this.text);
  }
}

/** An answer's type with each number an {@link Amount}. */
export type Exact<T> = T extends number
  ? Amount
  : T extends (infer U)[]
    ? Exact<U>[]
    : T extends object
      ? { [K in keyof T]: Exact<T[K]> }
      : T;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\n\r]*/y;

type Value = null | boolean | string | Amount | Value[] | { [member: string]: Value };

/** JSON.parse, but each number an {@link Amount}. */
export function parseExact(text: string): Value {
  let at = 0;
  const skip = (): void => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const fail = (): never => {
    throw new SyntaxError("not JSON at " + at);
  };
  const expect = (c: string): void => {
    skip();
    if (text[at] !== c) fail();
    at++;
  };
  const token = (pattern: RegExp): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return fail();
    at = pattern.lastIndex;
    return match[0];
  };
  const members = (): { [member: string]: Value } => {
    const object: { [member: string]: Value } = {};
    skip();
    if (text[at] === "}") {
      at++;
      return object;
    }
    for (;;) {
      skip();
      const key = JSON.parse(token(STRING)) as string;
      expect(":");
      object[key] = value();
      skip();
      if (text[at] !== ",") {
        expect("}");
        return object;
      }
      at++;
    }
  };
  const items = (): Value[] => {
    const array: Value[] = [];
    skip();
    if (text[at] === "]") {
      at++;
      return array;
    }
    for (;;) {
      array.push(value());
      skip();
      if (text[at] !== ",") {
        expect("]");
        return array;
      }
      at++;
    }
  };
  const value = (): Value => {
    skip();
    const c = text[at];
    if (c === "{") {
      at++;
      return members();
    }
    if (c === "[") {
      at++;
      return items();
    }
    if (c === '"') return JSON.parse(token(STRING)) as string;
    for (const [word, meaning] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return meaning;
      }
    }
    return new Amount(token(NUMBER));
  };
  const result = value();
  skip();
  if (at !== text.length) fail();
  return result;
}
