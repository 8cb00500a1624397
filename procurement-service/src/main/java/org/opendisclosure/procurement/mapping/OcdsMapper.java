package org.opendisclosure.procurement.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendisclosure.procurement.model.OcdsReleasePackage;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Budget;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Classification;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Item;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Organization;
import org.opendisclosure.procurement.model.OcdsReleasePackage.OrganizationReference;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Planning;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Release;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Tender;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Unit;
import org.opendisclosure.procurement.model.OcdsReleasePackage.Value;
import org.opendisclosure.procurement.model.ProcurementCategory;
import org.opendisclosure.procurement.model.ProcurementView;

/**
 * A department-year's procurement plan as an OCDS 1.1 planning release. OCDS 1.1 has no items
 * under planning, so the planned items go in tender (status planning), as the standard advises
 * for planning releases; the budget goes in planning.budget.
 */
public final class OcdsMapper {

    /** 政府采购品目分类目录; no OCDS itemClassificationScheme code exists for it, so a local one. */
    public static final String CATALOGUE_SCHEME = "CN-GPC";
    public static final String CURRENCY = "CNY";
    private static final int WAN = 4;

    private OcdsMapper() {
    }

    public static OcdsReleasePackage releasePackage(ProcurementView view, String ocidPrefix, String publisherName, String uri) {
        String ocid = ocidPrefix + "-" + view.departmentId() + "-" + view.fiscalYear();
        String buyerName = view.departmentName() == null ? view.departmentId() : view.departmentName();
        BigDecimal stated = view.statedTotal() != null ? view.statedTotal()
                : view.totalRow() == null ? null : view.totalRow().amount();
        Budget budget = new Budget(view.departmentId() + "-" + view.fiscalYear() + "-procurement",
                view.fiscalYear() + "年度政府采购预算", stated == null ? null : cny(stated));
        Release release = new Release(ocid, "procurement-" + view.fiscalYear() + "-r" + view.revision(), view.revisedAt(),
                List.of("planning"), "tender", "zh",
                List.of(new Organization(view.departmentId(), buyerName, List.of("buyer"))),
                new OrganizationReference(view.departmentId(), buyerName),
                new Planning(view.statement(), budget),
                view.lines().isEmpty() ? null : tender(ocid, view));
        return new OcdsReleasePackage(uri, "1.1", view.revisedAt(), new OcdsReleasePackage.Publisher(publisherName),
                List.of(release));
    }

    private static Tender tender(String ocid, ProcurementView view) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < view.lines().size(); i++) {
            ProcurementView.LineView line = view.lines().get(i);
            items.add(new Item(String.valueOf(i + 1), line.itemName(),
                    line.catalogueCode() == null ? null : new Classification(CATALOGUE_SCHEME, line.catalogueCode()),
                    line.quantity(),
                    line.unit() == null && line.unitPrice() == null ? null
                            : new Unit(line.unit(), line.unitPrice() == null ? null : cny(line.unitPrice()))));
        }
        List<ProcurementCategory> categories = view.lines().stream().map(ProcurementView.LineView::category).distinct().toList();
        String main = categories.size() == 1 && categories.get(0) != null ? categories.get(0).ocdsCode() : null;
        String title = view.departmentName() == null ? null : view.departmentName() + view.fiscalYear() + "年度政府采购预算";
        return new Tender(ocid, title, "planning", main, items);
    }

    /** 万元 to yuan, exactly: the decimal point moves four places, no rounding. */
    static Value cny(BigDecimal wan) {
        BigDecimal yuan = Objects.requireNonNull(wan).movePointRight(WAN);
        return new Value(yuan.scale() < 0 ? yuan.setScale(0) : yuan, CURRENCY);
    }
}
