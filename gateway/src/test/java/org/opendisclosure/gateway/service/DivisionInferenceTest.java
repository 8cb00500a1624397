package org.opendisclosure.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the gateway's own table of divisions (china-division 2.7.0), as an import uses it. */
class DivisionInferenceTest {

    private static final DivisionInference DIVISIONS = new DivisionInference();

    @Test
    void aCountyNamedByTheDepartmentAndItsUnitsIsTaken() {
        assertThat(DIVISIONS.infer(List.of("中共阜平县委组织部", "中共阜平县委组织部（本级）", "阜平县党员电化教育中心"), ""))
                .isEqualTo(new DivisionInference.Named("130624", "阜平县"));
        assertThat(DIVISIONS.infer(List.of("中国共产党阜平县委员会组织部"), "")).isEqualTo(new DivisionInference.Named("130624", "阜平县"));
        assertThat(DIVISIONS.infer(List.of("河北省保定市阜平县财政局"), "")).isEqualTo(new DivisionInference.Named("130624", "阜平县"));
    }

    @Test
    void theLongestNameIsRead() {
        // 城区 is a county of 阳泉市 and others: inside 西城区 it is not named.
        assertThat(DIVISIONS.infer(List.of("北京市西城区教育委员会"), "")).isEqualTo(new DivisionInference.Named("110102", "西城区"));
        // What follows the county is inside it, even when it is spelt like another county.
        assertThat(DIVISIONS.infer(List.of("阜平县城区供水站"), "")).isEqualTo(new DivisionInference.Named("130624", "阜平县"));
    }

    @Test
    void aCountyNameSeveralCountiesShareIsInDoubt() {
        DivisionInference.Inference inference = DIVISIONS.infer(List.of("中共新华区委组织部", "新华区机关事务服务中心"), "本部门负责全区组织工作。");

        assertThat(inference).isEqualTo(new DivisionInference.InDoubt(Map.of("新华区", List.of("130105", "130902", "410402"))));
        assertThat(DIVISIONS.describe((DivisionInference.InDoubt) inference))
                .isEqualTo("新华区 (130105 (河北省石家庄市新华区), 130902 (河北省沧州市新华区), 410402 (河南省平顶山市新华区))");
    }

    @Test
    void theCityOrProvinceTheDocumentNamesWithTheCountyDecides() {
        assertThat(DIVISIONS.infer(List.of("石家庄市新华区财政局"), "")).isEqualTo(new DivisionInference.Named("130105", "新华区"));
        assertThat(DIVISIONS.infer(List.of("中共新华区委组织部", "平顶山市新华区党员教育中心"), ""))
                .isEqualTo(new DivisionInference.Named("410402", "新华区"));
        assertThat(DIVISIONS.infer(List.of("河南省新华区财政局"), "")).isEqualTo(new DivisionInference.Named("410402", "新华区"));
        assertThat(DIVISIONS.infer(List.of("中共新华区委组织部"), "依据《沧州市新华区人民政府关于……》"))
                .isEqualTo(new DivisionInference.Named("130902", "新华区"));
    }

    @Test
    void aCityOrProvinceThatDoesNotDecideLeavesItInDoubt() {
        // 河北省 has two 新华区; 保定市 has none.
        assertThat(DIVISIONS.infer(List.of("河北省新华区财政局"), ""))
                .isEqualTo(new DivisionInference.InDoubt(Map.of("新华区", List.of("130105", "130902"))));
        assertThat(DIVISIONS.infer(List.of("中共新华区委组织部"), "保定市新华区"))
                .isEqualTo(new DivisionInference.InDoubt(Map.of("新华区", List.of("130105", "130902", "410402"))));
        // A city named somewhere in the text, not with the county, says nothing of it.
        assertThat(DIVISIONS.infer(List.of("中共新华区委组织部"), "赴石家庄市学习"))
                .isEqualTo(new DivisionInference.InDoubt(Map.of("新华区", List.of("130105", "130902", "410402"))));
    }

    @Test
    void twoCountiesNamedAreInDoubt() {
        assertThat(DIVISIONS.infer(List.of("阜平县财政局", "曲阳县国库集中支付中心"), ""))
                .isEqualTo(new DivisionInference.InDoubt(Map.of("阜平县", List.of("130624"), "曲阳县", List.of("130634"))));
    }

    @Test
    void aNameThatNamesNoCountyOfTheTableNamesNone() {
        assertThat(DIVISIONS.infer(List.of("中共测试县委组织部", "测试县党员电化教育中心"), "阜平县")).isEqualTo(new DivisionInference.Unnamed());
        assertThat(DIVISIONS.infer(List.of("财政局"), "")).isEqualTo(new DivisionInference.Unnamed());
        // A province or city alone is no county.
        assertThat(DIVISIONS.infer(List.of("河北省财政厅"), "")).isEqualTo(new DivisionInference.Unnamed());
    }

    @Test
    void theCountiesOfTheTableAreKnownAndNamedWithTheirCityAndProvince() {
        assertThat(DIVISIONS.isCounty("130624")).isTrue();
        assertThat(DIVISIONS.isCounty("139902")).isFalse();
        assertThat(DIVISIONS.isCounty("1306")).isFalse();
        assertThat(DIVISIONS.describe("130624")).isEqualTo("130624 (河北省保定市阜平县)");
        assertThat(DIVISIONS.describe("110102")).isEqualTo("110102 (北京市西城区)");
    }
}
