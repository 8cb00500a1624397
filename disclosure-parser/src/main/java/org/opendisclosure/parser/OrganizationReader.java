package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第一部分 部门职责及机构设置情况: the basis sentence and the numbered duties, then the
 * 部门机构设置情况 table. Unit codes are not in that table; {@link DepartmentIdentity} fills them in.
 */
final class OrganizationReader {
    private static final Pattern DUTY_LABEL =
            Pattern.compile("^([（(]\\s*[一二三四五六七八九十百零〇\\d]+\\s*[）)]|\\d+[、.．]|[①-⑳])\\s*");
    private static final Pattern BASIS_DOCUMENT =
            Pattern.compile("[\\p{IsHan}A-Za-z]+\\s*[\\[〔【［(（]\\s*\\d{4}\\s*[\\]〕】］)）]\\s*\\d+\\s*号");
    private static final String UNITS_TABLE = "the 部门机构设置情况 table (序号, 单位名称, 单位性质, 单位规格, 经费保障形式)";

    private final String departmentName;
    private final String divisionName;

    OrganizationReader(String departmentName, String divisionName) {
        this.departmentName = departmentName;
        this.divisionName = divisionName;
    }

    ObjectNode read(Cursor part) {
        ObjectNode organization = Json.object();
        organization.put("name", departmentName);
        organization.put("divisionName", divisionName);
        organization.set("duties", duties(Prose.paragraphs(part)));
        organization.set("units", units(part));
        Notes.read(part); // footnotes under the table: no data, and the part has no field for them
        part.requireEnd(Parts.name(1));
        return organization;
    }

    private static ObjectNode duties(List<Prose.Paragraph> paragraphs) {
        String basis = null;
        ArrayNode items = Json.array();
        for (Prose.Paragraph paragraph : paragraphs) {
            String text = paragraph.text();
            if (Prose.isSectionHeading(text)) {
                continue;
            }
            Matcher label = DUTY_LABEL.matcher(text);
            boolean labelled = label.find();
            // The sentence that introduces the duties ("根据…，现将我部部门概况说明如下：") comes before the first duty.
            if (!labelled && basis == null && items.isEmpty() && isBasis(text)) {
                basis = text;
                continue;
            }
            String duty = labelled ? text.substring(label.end()).strip() : text;
            if (duty.isEmpty()) {
                throw new UnreadableDocumentException(paragraph.line(), "the text of duty " + label.group(1), "nothing after it");
            }
            ObjectNode item = items.addObject();
            item.put("label", labelled ? label.group(1) : null);
            item.put("text", duty);
        }
        ObjectNode duties = Json.object();
        duties.put("basis", basis);
        duties.put("basisDocument", basis == null ? null : basisDocument(basis));
        duties.set("items", items);
        return duties;
    }

    private static boolean isBasis(String text) {
        return text.startsWith("根据") || text.startsWith("按照") || text.startsWith("依据")
                || text.endsWith("：") || text.endsWith(":");
    }

    /** The 文号 the basis cites, e.g. 阜办发[2004]36号. */
    private static String basisDocument(String basis) {
        Matcher document = BASIS_DOCUMENT.matcher(Figures.normalize(basis));
        return document.find() ? basis.substring(document.start(), document.end()) : null;
    }

    private static ArrayNode units(Cursor part) {
        TableReader table = new TableReader(part);
        Row header = table.readRow(UNITS_TABLE);
        while (!header.mentions("单位名称") && !header.mentions("机构名称")) {
            header = table.readRow(UNITS_TABLE);
        }
        UnitColumns columns = UnitColumns.of(header);
        String expectedRow = "a row of the 部门机构设置情况 table with " + header.size() + " cells (序号 … 经费保障形式)";
        ArrayNode units = Json.array();
        while (table.atRow()) {
            if (Notes.readRow(table) != null) {
                continue;
            }
            try {
                Row row = table.readRow(header.size(), expectedRow);
                if (row.isBlank()) {
                    continue; // the lower half of the header, which Word exports as a row of empty cells
                }
                ObjectNode unit = units.addObject();
                unit.put("sequence", columns.sequence < 0 ? null : Figures.count(row.cell(columns.sequence), "a 序号 (a whole number)"));
                unit.put("code", columns.code < 0 ? null : row.cell(columns.code).textOrNull());
                String name = row.cell(columns.name).textOrNull();
                if (name == null) {
                    throw new UnreadableDocumentException(row.line(), "a 单位名称", "an empty cell");
                }
                unit.put("name", name);
                unit.put("nature", columns.nature < 0 ? null : row.cell(columns.nature).textOrNull());
                unit.put("rank", columns.rank < 0 ? null : row.cell(columns.rank).textOrNull());
                unit.put("fundingForm", columns.fundingForm < 0 ? null : row.cell(columns.fundingForm).textOrNull());
            } catch (UnreadableDocumentException e) {
                table.record(e); // the next rows are read all the same, each problem named
            }
        }
        if (units.isEmpty() && part.problems().isEmpty()) {
            throw part.unexpected(expectedRow);
        }
        return units;
    }

    /** Where each column is, by its header; -1 for a column the table does not have. */
    private record UnitColumns(int sequence, int code, int name, int nature, int rank, int fundingForm) {
        static UnitColumns of(Row header) {
            int sequence = -1;
            int code = -1;
            int name = -1;
            int nature = -1;
            int rank = -1;
            int fundingForm = -1;
            for (int i = 0; i < header.size(); i++) {
                String label = Words.squeeze(header.text(i));
                if (label.contains("序号")) {
                    sequence = i;
                } else if (label.contains("编码") || label.contains("代码")) {
                    code = i;
                } else if (label.contains("名称")) {
                    name = i;
                } else if (label.contains("性质")) {
                    nature = i;
                } else if (label.contains("规格") || label.contains("级别")) {
                    rank = i;
                } else if (label.contains("经费")) {
                    fundingForm = i;
                }
            }
            return new UnitColumns(sequence, code, name, nature, rank, fundingForm);
        }
    }
}
