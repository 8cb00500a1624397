// Figures reach the page exactly as published: the suite's TypeScript client (./client/, compiled
// from clients/typescript) reads every number of an answer as an Amount, its text as sent. Sums
// the page shows are made on those digits, never on floats.
import {Amount, createDisclosureClient, ProblemError} from './client/index.js';

export {Amount};

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

/** The suite's client, on this page's own origin. */
export const client = createDisclosureClient(location.origin);

/**
 * The answer a client call gives (its figures exact), or an Error whose message says in Chinese
 * what went wrong, with the status when the server answered.
 */
export async function read(call) {
    try {
        return await call;
    } catch (e) {
        if (!(e instanceof ProblemError)) throw new Error('无法连接服务器');
        const detail = e.problem && e.problem.detail ? e.problem.detail : '';
        const error = new Error('服务器返回 HTTP ' + e.status + (detail ? '：' + detail : ''));
        error.status = e.status;
        throw error;
    }
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
