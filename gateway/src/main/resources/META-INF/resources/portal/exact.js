// Figures reach the page exactly as published: JSON.parse would turn 17.60 into 17.6 and may
// change digits of long decimals, so the API's answers are parsed here with every number kept
// as the text it was sent as. Sums the page shows are made on those digits, never on floats.

/** A number from the API: its text as sent, and a float only for drawing (valueOf). */
export class Amount {
    constructor(text) {
        this.text = text;
    }

    toString() {
        return this.text;
    }

    valueOf() {
        return Number(this.text);
    }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\n\r]*/y;

/** JSON.parse, but each number an Amount. */
export function parseExact(text) {
    let at = 0;
    const skip = () => {
        SPACE.lastIndex = at;
        SPACE.exec(text);
        at = SPACE.lastIndex;
    };
    const fail = () => {
        throw new SyntaxError('not JSON at ' + at);
    };
    const expect = (c) => {
        skip();
        if (text[at] !== c) fail();
        at++;
    };
    const token = (pattern) => {
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (!match) fail();
        at = pattern.lastIndex;
        return match[0];
    };
    const value = () => {
        skip();
        const c = text[at];
        if (c === '{') {
            at++;
            const object = {};
            skip();
            if (text[at] === '}') {
                at++;
                return object;
            }
            for (;;) {
                skip();
                const key = JSON.parse(token(STRING));
                expect(':');
                object[key] = value();
                skip();
                if (text[at] === ',') {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }
        if (c === '[') {
            at++;
            const array = [];
            skip();
            if (text[at] === ']') {
                at++;
                return array;
            }
            for (;;) {
                array.push(value());
                skip();
                if (text[at] === ',') {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }
        if (c === '"') return JSON.parse(token(STRING));
        for (const [word, meaning] of [['true', true], ['false', false], ['null', null]]) {
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

/** The figure as published, or a dash for an empty cell. */
export function figure(value) {
    if (value === null || value === undefined) return '—';
    return String(value);
}

/** The exact sum of decimal amounts (their digits, scaled to the longest fraction); null when any is not a plain decimal. */
export function sumExact(amounts) {
    const texts = amounts.filter((a) => a !== null && a !== undefined).map(String);
    if (texts.some((t) => !/^-?\d+(\.\d+)?$/.test(t))) return null;
    const scale = Math.max(0, ...texts.map((t) => (t.split('.')[1] || '').length));
    let total = 0n;
    for (const t of texts) {
        const negative = t.startsWith('-');
        const [whole, fraction = ''] = (negative ? t.slice(1) : t).split('.');
        const units = BigInt(whole + fraction.padEnd(scale, '0'));
        total += negative ? -units : units;
    }
    const negative = total < 0n;
    const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : digits.slice(0, digits.length - scale) + '.' + digits.slice(digits.length - scale);
    return new Amount((negative ? '-' : '') + text);
}

/** Fetches an API answer, parsed exactly; throws an Error whose message says in Chinese what went wrong. */
export async function getExact(url, accept = 'application/json') {
    let response;
    try {
        response = await fetch(url, {headers: {Accept: accept}});
    } catch (e) {
        throw new Error('无法连接服务器');
    }
    const text = await response.text();
    if (!response.ok) {
        let detail = '';
        try {
            detail = parseExact(text).detail || '';
        } catch (e) {
            // Not a problem document: the status says enough.
        }
        const error = new Error('服务器返回 HTTP ' + response.status + (detail ? '：' + detail : ''));
        error.status = response.status;
        throw error;
    }
    return parseExact(text);
}

/** An element with attributes and children (strings become text: nothing from the API is ever read as HTML). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) continue;
        if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        element.append(child instanceof Node ? child : String(child));
    }
    return element;
}

/** A table with a caption and column headers; each row an array of cells (a cell may be a Node). */
export function table(caption, headers, rows, {numeric = [], rowHeader = true} = {}) {
    const cell = (value, index) => {
        const tag = index === 0 && rowHeader ? 'th' : 'td';
        return el(tag, {scope: tag === 'th' ? 'row' : null, class: numeric.includes(index) ? 'num' : null},
            value instanceof Node ? value : (value instanceof Amount || value === null || value === undefined) ? figure(value) : String(value));
    };
    return el('div', {class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0'},
        el('table', {},
            el('caption', {}, caption),
            el('thead', {}, el('tr', {}, headers.map((h) => el('th', {scope: 'col'}, h)))),
            el('tbody', {}, rows.map((row) => el('tr', {}, row.map(cell))))));
}
