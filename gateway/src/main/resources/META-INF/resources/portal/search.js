import {listYear, searchDepartments} from './client/index.js';
import {client, el, read, table} from './exact.js';

const PART_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PRESENCE = {present: '已公开', absent: '未公开', unknown: '暂无法获取'};
const PAGE_SIZE = 1000;

const query = new URLSearchParams(location.search);
const form = {
    name: document.getElementById('name'),
    division: document.getElementById('division'),
    year: document.getElementById('year'),
};

function departmentLink(id, name, year) {
    return el('a', {href: '/departments/' + encodeURIComponent(id) + '/' + year}, name || id);
}

/** The year shown: as asked, else the year of the department revised last (where the newest data is), else this year. */
async function chosenYear() {
    const asked = Number(query.get('year'));
    if (asked >= 2000 && asked <= 2100) return asked;
    try {
        const latest = await read(searchDepartments(client, {sort: '-revisedAt', size: 1}));
        const year = latest.items.length ? Number(latest.items[0].fiscalYear) : NaN;
        if (year >= 2000 && year <= 2100) return year;
    } catch (e) {
        // Without budget-service the current year is as good a guess as any.
    }
    return new Date().getFullYear();
}

function fillYears(selected) {
    const newest = Math.max(new Date().getFullYear() + 1, selected);
    const oldest = Math.min(2015, selected);
    for (let year = newest; year >= oldest; year--) {
        form.year.append(el('option', {value: year, selected: year === selected}, year + '年'));
    }
}

async function search(year) {
    const name = query.get('name') || '';
    const division = query.get('division') || '';
    form.name.value = name;
    form.division.value = division;
    if (!name && !division) return;
    const section = document.getElementById('results');
    const status = document.getElementById('results-status');
    section.hidden = false;
    status.textContent = '正在查询……';
    const asked = {size: 100};
    if (name) asked.name = name;
    if (division) asked.division = division;
    try {
        const page = await read(searchDepartments(client, asked));
        const total = Number(page.totalItems);
        status.textContent = total === 0 ? '没有找到符合条件的部门。'
            : '找到 ' + total + ' 个部门' + (total > page.items.length ? '，显示前 ' + page.items.length + ' 个' : '') + '。';
        if (page.items.length) {
            document.getElementById('results-table').replaceChildren(table('符合条件的部门（链接为' + year + '年度的公开信息）',
                ['部门名称', '部门代码', '所在地区', '行政区划代码', '最近年度'],
                page.items.map((d) => [departmentLink(d.id, d.name, year), d.id, d.divisionName, d.divisionCode,
                    d.fiscalYear === null ? '—' : String(d.fiscalYear)])));
        }
    } catch (e) {
        status.textContent = '查询失败：' + e.message;
    }
}

/** The year's departments as a table the reader sorts by any column and filters by code or name, in the browser. */
function yearTable(year, rows) {
    const columns = [
        {label: '部门名称', value: (r) => r.departmentName || r.departmentId, cell: (r) => departmentLink(r.departmentId, r.departmentName, year)},
        {label: '部门代码', value: (r) => r.departmentId},
        {label: '九部分齐全', value: (r) => (r.complete ? '是' : '否')},
        ...Object.keys(rows[0]?.parts || {}).map((key, i) => ({
            label: '第' + (PART_NUMERALS[i] || i + 1) + '部分',
            value: (r) => PRESENCE[r.parts[key]] || r.parts[key],
        })),
    ];
    let sortBy = 1;
    let ascending = true;
    const filter = document.getElementById('filter');
    const holder = document.getElementById('year-table');
    const division = query.get('division') || '';
    const render = () => {
        const wanted = filter.value.trim();
        const shown = rows
            .filter((r) => r.departmentId.startsWith(division))
            .filter((r) => !wanted || r.departmentId.includes(wanted) || (r.departmentName || '').includes(wanted))
            .sort((a, b) => {
                const order = columns[sortBy].value(a).localeCompare(columns[sortBy].value(b), 'zh-CN');
                return ascending ? order : -order;
            });
        const headers = columns.map((c, i) => el('th', {scope: 'col', 'aria-sort': i === sortBy ? (ascending ? 'ascending' : 'descending') : 'none'},
            el('button', {type: 'button', class: 'link', onclick: () => {
                ascending = i === sortBy ? !ascending : true;
                sortBy = i;
                render();
                holder.querySelectorAll('thead button')[i].focus();
            }}, c.label, i === sortBy ? (ascending ? ' ▲' : ' ▼') : '')));
        holder.replaceChildren(el('div', {class: 'table-wrap', role: 'region', 'aria-label': year + '年度公开的部门', tabindex: '0'},
            el('table', {id: 'departments'},
                el('caption', {}, year + '年度公开的部门（' + shown.length + ' 个；点击表头排序）'),
                el('thead', {}, el('tr', {}, headers)),
                el('tbody', {}, shown.map((r) => el('tr', {}, columns.map((c, i) => i === 0
                    ? el('th', {scope: 'row'}, c.cell(r))
                    : el('td', {}, c.value(r)))))))));
    };
    filter.addEventListener('input', render);
    render();
}

async function yearList(year) {
    const page = Math.max(1, Number(query.get('page')) || 1);
    document.getElementById('year-heading').textContent = year + '年度公开的部门';
    const csv = new URLSearchParams({format: 'csv', size: String(PAGE_SIZE), page: String(page)});
    const link = document.getElementById('csv');
    link.href = '/api/v1/fiscal-years/' + year + '/disclosures?' + csv;
    link.setAttribute('download', 'disclosures-' + year + '.csv');
    const status = document.getElementById('year-status');
    try {
        const list = await read(listYear(client, year, {size: PAGE_SIZE, page}));
        const missing = (list.unavailableServices || []).map((u) => u.service);
        status.textContent = (Number(list.totalItems) === 0 ? year + '年度还没有部门公开预算。' : year + '年度共 ' + list.totalItems + ' 个部门公开了预算。')
            + (missing.length ? '以下服务暂时无法访问，相应部分是否公开未知：' + missing.join('、') + '。' : '');
        if (list.items.length) yearTable(year, list.items);
        const pages = Number(list.totalPages);
        if (pages > 1) {
            const to = (n) => {
                const params = new URLSearchParams(query);
                params.set('year', year);
                params.set('page', n);
                return '/?' + params;
            };
            document.getElementById('pages').replaceChildren(
                page > 1 ? el('a', {href: to(page - 1)}, '上一页') : '',
                el('span', {}, '第 ' + page + ' 页，共 ' + pages + ' 页'),
                page < pages ? el('a', {href: to(page + 1)}, '下一页') : '');
        }
    } catch (e) {
        status.textContent = '无法读取' + year + '年度的部门列表：' + e.message;
    }
}

const year = await chosenYear();
fillYears(year);
await Promise.all([search(year), yearList(year)]);
document.body.dataset.ready = 'true';
