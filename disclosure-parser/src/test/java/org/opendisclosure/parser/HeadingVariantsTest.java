package org.opendisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headings and titles of {@link QuyangDocument} as other documents of the family write them: the same document. */
class HeadingVariantsTest {
    private static final ObjectNode REFERENCE = new DisclosureParser().parse(QuyangDocument.TEXT).document();
    private static final String TITLE = "中共曲阳县委宣传部\n2020年部门预算信息公开";

    @ParameterizedTest
    @ValueSource(strings = {"第二部分：", "第二部分:", "第二部分 ", "第二部分、", "第二部分．", "第 二 部 分：", "第 二 部 分 ", "第二部分",
        "　　第二部分：", "第二部分\u00A0\u00A0", "第二部份："})
    void aPartHeadingWrittenAnyWayOfTheFamily(String heading) {
        String text = QuyangDocument.TEXT.replace("第二部分：部门预算安排的总体情况", heading + "部门预算安排的总体情况");

        assertThat(new DisclosureParser().parse(text).document()).isEqualTo(REFERENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"第 $1 部 分、", "第$1部分 ", "　第$1部分︰"})
    void allNineHeadingsWrittenAnotherWay(String heading) {
        String text = QuyangDocument.TEXT.replaceAll("(?m)^第([一二三四五六七八九])部分[：:︰]", heading);

        assertThat(text).doesNotContain("第二部分：");
        assertThat(new DisclosureParser().parse(text).document()).isEqualTo(REFERENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中共曲阳县委宣传部\n2020年度部门预算信息公开", "中共曲阳县委宣传部2020年度部门预算信息公开",
        "中共曲阳县委宣传部2020年部门预算信息公开", "2020年中共曲阳县委宣传部部门预算信息公开", "中 共 曲 阳 县 委 宣 传 部\n2020年部门预算信息公开",
        "中共曲阳县委宣传部\n2020年度\n部门预算信息公开", "中共曲阳县委宣传部\n\n2020年部门预算信息公开",
        "　　中共曲阳县委宣传部　　\n　　２０２０年度部门预算信息公开　"})
    void aTitleOnOneLineOrSplit(String title) {
        ParsedDisclosure parsed = new DisclosureParser().parse(QuyangDocument.TEXT.replace(TITLE, title));

        assertThat(parsed.departmentName()).isEqualTo("中共曲阳县委宣传部");
        assertThat(parsed.fiscalYear()).isEqualTo(2020);
        assertThat(parsed.document()).isEqualTo(REFERENCE);
    }

    @Test
    void aNameAboveTheTitleAfterABlankLineWithoutAnIntroductionNamingIt() {
        String text = QuyangDocument.TEXT.replace(TITLE, "中共曲阳县委宣传部\n\n2020年部门预算信息公开")
                .replace("现将中共曲阳县委宣传部2020年部门预算公开如下：", "公开如下：");

        assertThat(new DisclosureParser().parse(text).departmentName()).isEqualTo("中共曲阳县委宣传部");
    }
}
