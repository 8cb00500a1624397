package org.opendisclosure.budget.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department as written by a client: part 一 of its disclosure (部门职责及机构设置). */
@Schema(name = "DepartmentDocument", description = "部门职责及机构设置: the department's name, duties and units, as published")
public record DepartmentDocument(
        @Schema(description = "部门名称, e.g. 中共阜平县委组织部", required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "行政区划名称, e.g. 阜平县")
        @Size(max = 100) String divisionName,
        @Schema(description = "部门职责", required = true)
        @NotNull @Valid Duties duties,
        @Schema(description = "机构设置: the units of the department, in the published order", required = true)
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Unit> units) {

    @Schema(name = "Duties", description = "部门职责: the numbered duties and the document that set them")
    public record Duties(
            @Schema(description = "The sentence introducing the duties, as published (根据…，现将我部部门概况说明如下：)")
            @Size(max = 2000) String basis,
            @Schema(description = "文号 of the document that set the duties, e.g. 阜办发[2004]36号")
            @Size(max = 200) String basisDocument,
            @Schema(description = "The duties in published order", required = true)
            @NotNull @Size(max = 200) List<@NotNull @Valid Duty> items) {
    }

    @Schema(name = "Duty", description = "One numbered duty")
    public record Duty(
            @Schema(description = "The number as published, e.g. （一） or (十)")
            @Size(max = 20) String label,
            @Schema(description = "The text of the duty", required = true)
            @NotBlank @Size(max = 10000) String text) {
    }

    @Schema(name = "Unit", description = "One row of the 部门机构设置情况 table")
    public record Unit(
            @Schema(description = "序号")
            @PositiveOrZero Integer sequence,
            @Schema(description = "单位编码, e.g. 203002")
            @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z]+", message = "must be letters and digits only") String code,
            @Schema(description = "单位名称", required = true)
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "单位性质: 行政, 事业, 参公 …")
            @Size(max = 50) String nature,
            @Schema(description = "单位规格: 正科级 …")
            @Size(max = 50) String rank,
            @Schema(description = "经费保障形式: 财政拨款 …")
            @Size(max = 50) String fundingForm) {
    }
}
