package org.opendisclosure.assets.mapping;

import java.util.ArrayList;
import java.util.stream.Collectors;
import org.opendisclosure.assets.repository.AssetsRevisionEntity;
import org.opendisclosure.assets.model.AssetsDocument;
import org.opendisclosure.assets.model.AssetsView;
import org.opendisclosure.store.PartKey;
import org.opendisclosure.store.Revisions;

public final class AssetsMapper {

    private AssetsMapper() {
    }

    public static void fill(AssetsRevisionEntity r, AssetsDocument document) {
        r.statement = document.statement();
        r.asOf = document.asOf();
        r.totalFixedAssets = document.totalFixedAssets();

        AssetsDocument.Buildings buildings = document.buildings();
        r.buildingArea = buildings.area();
        r.buildingValue = buildings.value();
        r.officeArea = buildings.officeArea();
        r.officeValue = buildings.officeValue();

        r.vehicleCount = document.vehicles().count();
        r.vehicleValue = document.vehicles().value();
        r.highValueEquipmentCount = document.highValueEquipment().count();
        r.highValueEquipmentValue = document.highValueEquipment().value();
        r.otherFixedAssets = document.otherFixedAssets();

        AssetsDocument.PlannedPurchases planned = document.plannedPurchases();
        r.plannedPurchasesNone = planned.none();
        r.plannedPurchasesStatement = planned.statement();
        r.plannedPurchases = planned.items().stream().map(i -> {
            AssetsRevisionEntity.PlannedPurchase item = new AssetsRevisionEntity.PlannedPurchase();
            item.name = i.name();
            item.quantity = i.quantity();
            item.amount = i.amount();
            return item;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    /** A stored revision as the document that was written (what the consistency rules read). */
    public static AssetsDocument document(AssetsRevisionEntity r) {
        return new AssetsDocument(r.statement, r.asOf, r.totalFixedAssets,
                new AssetsDocument.Buildings(r.buildingArea, r.buildingValue, r.officeArea, r.officeValue),
                new AssetsDocument.Counted(r.vehicleCount, r.vehicleValue),
                new AssetsDocument.Counted(r.highValueEquipmentCount, r.highValueEquipmentValue),
                r.otherFixedAssets,
                new AssetsDocument.PlannedPurchases(r.plannedPurchasesNone, r.plannedPurchasesStatement,
                        r.plannedPurchases.stream()
                                .map(i -> new AssetsDocument.PlannedPurchase(i.name, i.quantity, i.amount))
                                .toList()));
    }

    public static AssetsView view(PartKey key, AssetsRevisionEntity r) {
        AssetsDocument d = document(r);
        return new AssetsView(key.department().toString(), key.fiscalYear(), r.revision, Revisions.utc(r.revisedAt),
                d.statement(), d.asOf(), d.totalFixedAssets(), d.buildings(), d.vehicles(), d.highValueEquipment(),
                d.otherFixedAssets(), d.plannedPurchases());
    }
}
