package org.opendisclosure.procurement.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The subset of the OCDS 1.1 release package this service fills: one planning release per
 * department-year. Field names are OCDS's own; absent values are left out rather than null.
 */
@Schema(name = "OcdsReleasePackage", description = "Open Contracting Data Standard 1.1 release package "
        + "(https://standard.open-contracting.org/1.1/en/schema/release_package/) with one planning release. "
        + "Money in CNY (万元 × 10000, exact).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcdsReleasePackage(
        @Schema(description = "This export's URL") String uri,
        @Schema(description = "OCDS version, 1.1") String version,
        @Schema(description = "When the underlying revision was written") OffsetDateTime publishedDate,
        Publisher publisher,
        List<Release> releases) {

    @Schema(name = "OcdsPublisher")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publisher(String name) {
    }

    @Schema(name = "OcdsRelease", description = "A planning release: budget, buyer and the items to be procured")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Release(
            @Schema(description = "Configured ocid prefix, department and year, e.g. ocds-test-budget-130624-203-2020") String ocid,
            @Schema(description = "Unique within the ocid: procurement-{year}-r{revision}") String id,
            OffsetDateTime date,
            @Schema(description = "Always [planning]") List<String> tag,
            @Schema(description = "Always tender (required by OCDS 1.1)") String initiationType,
            @Schema(description = "zh") String language,
            List<Organization> parties,
            OrganizationReference buyer,
            Planning planning,
            Tender tender) {
    }

    @Schema(name = "OcdsOrganization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, List<String> roles) {
    }

    @Schema(name = "OcdsOrganizationReference")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationReference(String id, String name) {
    }

    @Schema(name = "OcdsPlanning")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Planning(@Schema(description = "The published statement (政府采购预算情况)") String rationale, Budget budget) {
    }

    @Schema(name = "OcdsBudget")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Budget(String id, String description,
                         @Schema(description = "The stated procurement total (the prose figure, else the 合计 row), in CNY") Value amount) {
    }

    @Schema(name = "OcdsValue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(BigDecimal amount, String currency) {
    }

    @Schema(name = "OcdsTender", description = "The planned procurement: status planning, one item per published line")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tender(String id, String title, String status,
                         @Schema(description = "goods, works or services when every line is of that category") String mainProcurementCategory,
                         List<Item> items) {
    }

    @Schema(name = "OcdsItem", description = "One published line: 采购物品名称, catalogue code, quantity and unit price")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@Schema(description = "The line's number in the published table, from 1") String id,
                       String description, Classification classification, BigDecimal quantity, Unit unit) {
    }

    @Schema(name = "OcdsClassification")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Classification(@Schema(description = "CN-GPC: 政府采购品目分类目录 (China's government procurement catalogue)") String scheme,
                                 @Schema(description = "The catalogue code, e.g. A0802") String id) {
    }

    @Schema(name = "OcdsUnit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(@Schema(description = "数量单位 as published, e.g. 册") String name,
                       @Schema(description = "单价 in CNY") Value value) {
    }
}
