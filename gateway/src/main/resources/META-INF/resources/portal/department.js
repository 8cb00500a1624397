import {getDisclosure, getDisclosureFindings} from './client/index.js';
import {Amount, client, el, figure, read, sumExact, table} from './exact.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SEVERITY = {error: '错误', warning: '警告', info: '提示'};
const CATEGORY = {A: '货物', B: '工程', C: '服务'};
const SERVICE = {'budget-service': '预算服务', 'performance-service': '绩效服务', 'procurement-service': '政府采购服务',
    'assets-service': '资产服务'};
const charts = [];

const [, , departmentId, year] = location.pathname.split('/').map(decodeURIComponent);
const api = '/api/v1/disclosures/' + encodeURIComponent(departmentId) + '/' + year;

/** A chart of ECharts drawn as SVG, labelled for screen readers with the same figures as text. */
function chart(label, option, height) {
    const holder = el('div', {class: 'chart', role: 'img', 'aria-label': label});
    if (height) holder.style.height = height + 'px';
    charts.push({holder, option});
    return holder;
}

function drawCharts() {
    if (!window.echarts) {
        for (const {holder} of charts) holder.replaceChildren(el('p', {class: 'notice'}, '图表脚本未能加载，请参看表格中的数字。'));
        return;
    }
    for (const c of charts) {
        c.instance = window.echarts.init(c.holder, null, {renderer: 'svg'});
        c.instance.setOption(c.option);
    }
    window.addEventListener('resize', () => charts.forEach((c) => c.instance.resize()));
}

/** ECharts writes tooltips as HTML: names from the API go in as text. */
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');

/** Chart data: a float to draw with, and the published text for every label and tooltip. */
const datum = (name, amount) => ({name, value: Number(amount), text: figure(amount)});
const tooltip = {trigger: 'item', formatter: (p) => escape(p.name) + '：' + escape(p.data.text) + ' 万元'};

function pie(label, data) {
    return chart(label + '：' + data.map((d) => d.name + ' ' + d.text + ' 万元').join('，'), {
        tooltip,
        legend: {bottom: 0, type: 'scroll'},
        series: [{type: 'pie', radius: ['35%', '65%'], data,
            label: {formatter: (p) => p.name + '\n' + p.data.text}}],
    });
}

function paragraphs(texts) {
    return (texts || []).map((t) => el('p', {}, t));
}

const renderers = {
    organization(c) {
        const duties = c.duties || {};
        return [
            el('h3', {}, '部门职责'),
            duties.basis ? el('p', {}, duties.basis) : '',
            // Each duty carries its own published label (（一）, （二）…): no second numbering.
            el('ul', {class: 'plain'}, (duties.items || []).map((d) => el('li', {}, (d.label || '') + d.text))),
            el('h3', {}, '机构设置'),
            table('所属单位', ['序号', '单位名称', '单位代码', '单位性质', '单位规格', '经费保障形式'],
                (c.units || []).map((u) => [figure(u.sequence), u.name, u.code, u.nature, u.rank, u.fundingForm]), {rowHeader: false}),
        ];
    },

    summary(c) {
        const r = c.revenue || {};
        const e = c.expenditure || {};
        const change = c.changeFromLastYear || {};
        const composition = [['人员经费', e.personnel], ['日常公用经费', e.publicExpenditure], ['项目支出', e.project], ['其他支出', e.other]]
            .filter(([, amount]) => amount !== null && amount !== undefined && Number(amount) !== 0)
            .map(([name, amount]) => datum(name, amount));
        return [
            table('收入预算（万元）', ['项目', '金额'], [
                ['收入合计', r.total], ['一般公共预算', r.generalPublicBudget], ['政府性基金预算', r.governmentFund],
                ['财政专户核拨', r.fiscalSpecialAccount], ['其他来源', r.otherSources]], {numeric: [1]}),
            table('支出预算（万元）', ['项目', '金额'], [
                ['支出合计', e.total], ['基本支出', e.basic], ['其中：人员经费', e.personnel], ['其中：日常公用经费', e.publicExpenditure],
                ['项目支出', e.project], ['其他支出', e.other]], {numeric: [1]}),
            e.projectDescription ? el('p', {}, '项目支出主要用于：' + e.projectDescription) : '',
            el('h3', {}, '支出构成'),
            pie('支出构成（万元）', composition),
            table('与上年相比的增减（万元）', ['项目', '增减', '原因'],
                [['支出合计', 'total'], ['基本支出', 'basic'], ['项目支出', 'project'], ['其他支出', 'other']]
                    .map(([name, key]) => [name, change[key] ? change[key].amount : null, change[key] ? change[key].reason || '—' : '—']),
                {numeric: [1]}),
        ];
    },

    operatingExpenses(c) {
        return [
            c.statement ? el('p', {}, c.statement) : '',
            table('机关运行经费（万元）', ['项目', '金额'],
                [...(c.items || []).map((i) => [i.name, i.amount]), ['合计', c.total]], {numeric: [1]}),
        ];
    },

    threePublicExpenses(c) {
        const rows = c.rows || [];
        const names = rows.map((r) => r.name);
        const series = (name, key) => ({name, type: 'bar', data: rows.map((r) => ({value: Number(r[key]), text: figure(r[key])})),
            label: {show: true, position: 'top', formatter: (p) => p.data.text}});
        return [
            table('“三公”经费（万元）', ['项目', '上年预算', '本年预算', '增减', '增减原因'],
                [...rows, ...(c.total ? [c.total] : [])].map((r) => [r.name, r.previousYear, r.currentYear, r.change, r.reason || '—']),
                {numeric: [1, 2, 3]}),
            el('h3', {}, '“三公”经费上年与本年'),
            chart('“三公”经费（万元）：' + rows.map((r) => r.name + ' 上年 ' + figure(r.previousYear) + '，本年 ' + figure(r.currentYear)).join('；'), {
                tooltip: {trigger: 'axis', formatter: (ps) => escape(ps[0].name) + ps.map((p) => '<br>' + escape(p.seriesName) + '：' + escape(p.data.text) + ' 万元').join('')},
                legend: {top: 0},
                grid: {left: 48, right: 16, bottom: 64, top: 40},
                xAxis: {type: 'category', data: names, axisLabel: {interval: 0, overflow: 'break', width: 80}},
                yAxis: {type: 'value', name: '万元'},
                series: [series('上年', 'previousYear'), series('本年', 'currentYear')],
            }),
        ];
    },

    performance(c) {
        const goals = c.departmentGoals || {};
        const projects = c.projects || [];
        const byBudget = projects.filter((p) => p.budget && p.budget.total !== null)
            .sort((a, b) => Number(b.budget.total) - Number(a.budget.total));
        return [
            // Long numbered paragraphs: folded, so the projects and their figures are not pages away.
            ...[['总体绩效目标', goals.overall], ['分项绩效目标', goals.itemized], ['工作保障措施', goals.safeguards]]
                .filter(([, texts]) => texts && texts.length)
                .map(([name, texts]) => el('details', {class: 'goals'}, el('summary', {}, el('h3', {}, name + '（' + texts.length + ' 条）')),
                    ...paragraphs(texts))),
            el('h3', {}, '项目预算'),
            chart('项目预算（万元），从大到小：' + byBudget.map((p) => p.name + ' ' + figure(p.budget.total)).join('，'), {
                tooltip,
                grid: {left: 8, right: 64, top: 8, bottom: 24, containLabel: true},
                xAxis: {type: 'value', name: '万元'},
                yAxis: {type: 'category', inverse: true, data: byBudget.map((p) => p.name),
                    axisLabel: {width: 160, overflow: 'truncate'}},
                series: [{type: 'bar', data: byBudget.map((p) => ({name: p.name, value: Number(p.budget.total), text: figure(p.budget.total)})),
                    label: {show: true, position: 'right', formatter: (p) => p.data.text}}],
            }, 60 + 26 * byBudget.length),
            table('项目绩效目标（' + projects.length + ' 个项目，万元）', ['项目名称', '项目编码', '预算数', '财政资金', '其他资金'],
                projects.map((p) => [p.name, p.code, p.budget?.total, p.budget?.fiscalFunds, p.budget?.otherFunds]), {numeric: [2, 3, 4]}),
            ...projects.map((p) => el('details', {id: 'project-' + p.code},
                el('summary', {}, p.name + '（' + p.code + '）'),
                p.unit ? el('p', {}, '实施单位：' + (p.unit.name || '') + (p.unit.code ? '（' + p.unit.code + '）' : '')) : '',
                p.purpose ? el('p', {}, '项目用途：' + p.purpose) : '',
                p.spendingPlan ? table('资金支出计划（累计，%）', ['3月底', '6月底', '10月底', '12月底'],
                    [[p.spendingPlan.endOfMarch, p.spendingPlan.endOfJune, p.spendingPlan.endOfOctober, p.spendingPlan.endOfDecember]],
                    {rowHeader: false, numeric: [0, 1, 2, 3]}) : '',
                p.goals && p.goals.length ? el('div', {}, el('strong', {}, '绩效目标'), ...paragraphs(p.goals)) : '',
                table('绩效指标', ['一级指标', '二级指标', '三级指标', '指标描述', '指标值', '确定依据'],
                    (p.indicators || []).map((i) => [i.level1, i.level2, i.level3, i.description, i.target || '—', i.basis || '—']),
                    {rowHeader: false}))),
        ];
    },

    procurement(c) {
        if (c.hasProcurement === false) return [el('p', {}, c.statement || '本年度无政府采购预算。')];
        const lines = c.lines || [];
        const byCategory = new Map();
        for (const line of lines) {
            const letter = (line.catalogueCode || '').charAt(0).toUpperCase();
            const name = CATEGORY[letter] ? CATEGORY[letter] + '（' + letter + '）' : '未分类';
            byCategory.set(name, [...(byCategory.get(name) || []), line.amount]);
        }
        const sums = [...byCategory].map(([name, amounts]) => [name, sumExact(amounts)]);
        const t = c.totalRow || {};
        return [
            c.statement ? el('p', {}, c.statement) : '',
            el('h3', {}, '按品目类别'),
            pie('政府采购预算按品目类别（万元）', sums.filter(([, s]) => s !== null).map(([name, s]) => datum(name, s))),
            table('政府采购预算按品目类别（万元，各行金额相加）', ['类别', '金额'], sums, {numeric: [1]}),
            table('政府采购预算明细（万元）', ['项目名称', '经济分类', '采购品目', '品目编码', '计量单位', '数量', '单价', '金额',
                '当年部门预算', '一般公共预算拨款', '基金预算拨款', '财政专户核拨', '其他来源收入', '其他渠道资金'],
            [...lines.map((l) => [l.projectName, l.economicClass, l.itemName, l.catalogueCode, l.unit, l.quantity, l.unitPrice, l.amount,
                l.departmentBudget, l.generalPublicBudget, l.governmentFund, l.fiscalSpecialAccount, l.otherSources, l.otherChannels]),
            [t.label || '合计', '', '', '', '', '', '', t.amount, t.departmentBudget, t.generalPublicBudget, t.governmentFund,
                t.fiscalSpecialAccount, t.otherSources, t.otherChannels]], {numeric: [5, 6, 7, 8, 9, 10, 11, 12, 13]}),
        ];
    },

    assets(c) {
        const b = c.buildings || {};
        const v = c.vehicles || {};
        const h = c.highValueEquipment || {};
        const planned = c.plannedPurchases || {};
        return [
            c.statement ? el('p', {}, c.statement) : '',
            table('国有资产占用情况' + (c.asOf ? '（截至 ' + c.asOf + '）' : ''), ['项目', '数量或面积', '价值（万元）'], [
                ['固定资产总值', '', c.totalFixedAssets],
                ['房屋', b.area === undefined ? '—' : figure(b.area) + ' 平方米', b.value],
                ['其中：办公用房', b.officeArea === undefined ? '—' : figure(b.officeArea) + ' 平方米', b.officeValue],
                ['车辆', v.count === null || v.count === undefined ? '—' : figure(v.count) + ' 辆', v.value],
                ['单价200万元以上的设备', h.count === null || h.count === undefined ? '—' : figure(h.count) + ' 台（套）', h.value],
                ['其他固定资产', '', c.otherFixedAssets]], {numeric: [1, 2]}),
            el('h3', {}, '拟购置资产'),
            planned.statement ? el('p', {}, planned.statement) : '',
            planned.items && planned.items.length ? generic(planned.items) : '',
        ];
    },

    glossary(c) {
        return [el('dl', {}, (c || []).flatMap((g) => [el('dt', {}, g.term), el('dd', {}, g.definition)]))];
    },

    otherNotes(c) {
        return paragraphs(typeof c === 'string' ? c.split(/\n+/) : [JSON.stringify(c)]);
    },
};

/** Content no renderer knows the shape of, shown as nested lists rather than not at all. */
function generic(value) {
    if (value === null || value === undefined) return '—';
    if (value instanceof Amount || typeof value !== 'object') return String(value);
    if (Array.isArray(value)) return el('ol', {}, value.map((v) => el('li', {}, generic(v))));
    return el('dl', {}, Object.entries(value).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, generic(v))]));
}

function findingsAside(list) {
    return el('aside', {class: 'findings', 'aria-label': '本部分的检查发现'},
        el('h3', {}, '检查发现（' + list.length + '）'),
        el('p', {}, '以下是自动核对公开数字时发现的不一致之处；公开数据按原样展示，未作更正。'),
        el('ul', {}, list.map((f) => el('li', {class: 'finding'},
            el('span', {class: 'severity-' + f.severity}, SEVERITY[f.severity] || f.severity), '：', f.messageZh,
            el('br'), el('small', {}, '位置：' + (f.location.row || f.location.projectCode || f.location.path)
                + (f.expected !== null ? '；应为 ' + f.expected : '') + '；公开为 ' + (f.actual ?? '空'))))));
}

function partSection(part, findings, findingsStatus) {
    const number = Number(part.part);
    const heading = (NUMERALS[number - 1] || number) + '、' + (part.title || part.key);
    const body = [];
    if (part.status === 'absent') {
        body.push(el('p', {class: 'notice absent'}, '本部分未公开：该部门本年度没有发布这一部分。'));
    } else if (part.status === 'unavailable') {
        body.push(el('p', {class: 'notice unavailable'}, '本部分暂时无法获取：提供这一部分的' + (SERVICE[part.service] || '服务') + '（' + part.service + '）现在不能访问，请稍后再试。'
            + (part.reason ? '（原因：' + part.reason + '）' : '')));
    } else {
        const render = renderers[part.key];
        body.push(...(render ? render(part.content) : [generic(part.content)]));
        if (part.revision !== null && part.revision !== undefined) {
            body.push(el('p', {class: 'revision'}, el('small', {}, '第 ' + part.revision + ' 版' + (part.revisedAt ? '，更新于 ' + part.revisedAt : ''))));
        }
    }
    const mine = findings.filter((f) => f.location && f.location.part === part.key);
    const aside = mine.length ? findingsAside(mine) : findingsStatus[part.key] ? el('aside', {class: 'findings'},
        el('p', {}, findingsStatus[part.key])) : null;
    return el('section', {class: 'part', id: 'part-' + number, 'data-part': part.key, 'data-status': part.status, 'aria-labelledby': 'heading-' + number},
        el('h2', {id: 'heading-' + number}, heading),
        el('div', {class: 'part-body' + (aside ? ' with-findings' : '')}, el('div', {class: 'part-content'}, body), aside));
}

async function readFindings() {
    try {
        return await read(getDisclosureFindings(client, departmentId, Number(year)));
    } catch (e) {
        return {unreadable: e.message};
    }
}

async function main() {
    document.getElementById('json').href = api;
    const [disclosure, findings] = await Promise.all([read(getDisclosure(client, departmentId, Number(year))), readFindings()]);
    const title = disclosure.title || ((disclosure.departmentName || departmentId) + year + '年部门预算信息公开');
    document.title = title;
    document.getElementById('title').textContent = title;
    const overview = [];
    if (disclosure.departmentName) overview.push(el('p', {class: 'department'}, '部门：' + disclosure.departmentName + '（' + departmentId + '），预算年度：' + year));
    const parts = disclosure.parts || [];
    const absent = parts.filter((p) => p.status === 'absent');
    const unavailable = parts.filter((p) => p.status === 'unavailable');
    overview.push(el('p', {}, disclosure.complete ? '九个部分均已公开。'
        : [absent.length ? '未公开的部分：' + absent.map((p) => NUMERALS[Number(p.part) - 1]).join('、') + '。' : '',
            unavailable.length ? '暂时无法获取的部分：' + unavailable.map((p) => NUMERALS[Number(p.part) - 1]).join('、') + '（相关服务暂不可用，请稍后再试）。' : ''].join('')));
    if (disclosure.incompleteWrite) overview.push(el('p', {class: 'notice unavailable'}, '这份公开信息的上一次整体更新没有完成，部分内容可能新旧混杂。'));
    const list = findings.findings || [];
    const findingsStatus = {};
    if (findings.unreadable) {
        overview.push(el('p', {class: 'notice'}, '检查发现暂时无法读取：' + findings.unreadable));
    } else {
        const counts = findings.counts || {};
        overview.push(el('p', {}, list.length === 0 ? '自动核对未发现不一致之处。'
            : '自动核对发现 ' + list.length + ' 处不一致（错误 ' + figure(counts.error) + '，警告 ' + figure(counts.warning) + '，提示 ' + figure(counts.info) + '），列在相关部分旁边。'));
        for (const u of findings.unchecked || []) {
            for (const key of u.parts || []) findingsStatus[key] = '本部分暂时未能核对（' + u.service + ' 不可用）。';
        }
    }
    document.getElementById('overview').replaceChildren(...overview);
    document.getElementById('contents').replaceChildren(el('ul', {class: 'plain'}, parts.map((p) =>
        el('li', {}, el('a', {href: '#part-' + Number(p.part)}, (NUMERALS[Number(p.part) - 1] || p.part) + '、' + (p.title || p.key)
            + (p.status === 'available' ? '' : p.status === 'absent' ? '（未公开）' : '（暂不可用）'))))));
    document.getElementById('parts').replaceChildren(...parts.map((p) => partSection(p, list, findingsStatus)));
    const stray = list.filter((f) => !parts.some((p) => f.location && f.location.part === p.key));
    if (stray.length) document.getElementById('parts').append(el('section', {class: 'part'}, el('h2', {}, '其他检查发现'), findingsAside(stray)));
    drawCharts();
}

try {
    await main();
} catch (e) {
    document.getElementById('title').textContent = e.status === 404 ? '未找到该部门的预算信息公开' : '无法读取预算信息公开';
    document.getElementById('overview').replaceChildren(el('p', {class: 'notice unavailable'}, e.message + '。'), el('p', {}, el('a', {href: '/'}, '返回查询')));
}
document.body.dataset.ready = 'true';
