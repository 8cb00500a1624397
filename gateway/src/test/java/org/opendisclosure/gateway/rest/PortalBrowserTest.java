package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opendisclosure.testing.ExactJson;

/**
 * The portal as a reader sees it, in Debian's headless Chromium: the reference disclosure of
 * 中共阜平县委组织部 (130624-203, 2020) served by the four stubbed services, found from the search page
 * and read part by part, figures exactly as published, charts drawn; and a part whose service fails
 * said to be unavailable. Each page is saved as a screenshot in target/portal-screenshots/.
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class PortalBrowserTest {

    private static final String REFERENCE = "130624-203";
    /** The reference disclosure again, under a department of its own, for its procurement-service to fail. */
    private static final String FAILING = "139877-990";
    private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    private static ChromeDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        // Debian's chromium and chromedriver, never a driver Selenium Manager would download.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void services() {
        stubReference(REFERENCE);
        stubReference(FAILING);
        stub("/api/v1/departments/" + REFERENCE + "/budgets/2020/findings", """
                {"departmentId":"130624-203","fiscalYear":2020,"tolerance":0,"counts":{"error":1,"warning":0,"info":0},
                 "findings":[{"rule":"summary.change-total","severity":"error",
                   "location":{"part":"summary","path":"changeFromLastYear.total.amount","row":null,"projectCode":null},
                   "figures":{"changeFromLastYear.total.amount":1549.15},"expected":"1120.05","actual":"1549.15",
                   "difference":429.10,"messageZh":"增减合计1549.15不等于基本支出与项目支出增减之和1120.05","messageEn":"…"}]}""");
        for (String part : new String[]{"performance", "procurement", "assets"}) {
            stub("/api/v1/departments/" + REFERENCE + "/" + part + "/2020/findings",
                    "{\"departmentId\":\"130624-203\",\"fiscalYear\":2020,\"tolerance\":0,"
                            + "\"counts\":{\"error\":0,\"warning\":0,\"info\":0},\"findings\":[]}");
        }
        stub("/api/v1/departments", """
                {"items":[{"id":"130624-203","divisionCode":"130624","code":"203","name":"中共阜平县委组织部","divisionName":"阜平县",
                  "fiscalYear":2020,"unitCount":1,"revision":1,"revisedAt":"2026-01-01T00:00:00Z"}],
                 "page":1,"size":100,"totalItems":1,"totalPages":1}""");
        String year = "/api/v1/fiscal-years/2020/";
        stub(year + "budgets", page("{\"departmentId\":\"130624-203\",\"divisionCode\":\"130624\",\"departmentName\":\"中共阜平县委组织部\","
                + "\"expenditureTotal\":8529.41}"));
        for (String list : new String[]{"performance", "procurement", "assets"}) {
            stub(year + list, page("{\"departmentId\":\"130624-203\",\"fiscalYear\":2020,\"revision\":1}"));
        }
    }

    private static String page(String row) {
        return "{\"items\":[" + row + "],\"page\":1,\"size\":1000,\"totalItems\":1,\"totalPages\":1}";
    }

    /** Every part of the published reference disclosure, as the services hold it, under this department. */
    private static void stubReference(String id) {
        ObjectNode department = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/department.json");
        department.put("id", id).put("divisionCode", id.substring(0, 6)).put("code", id.substring(7)).put("fiscalYear", 2020);
        stubPart(id, "organization", department);
        for (String part : new String[]{"budgets", "performance", "procurement", "assets"}) {
            String file = part.equals("budgets") ? "budget" : part;
            stubPart(id, part, (ObjectNode) ExactJson.resource("/sample/130624-203/2020/" + file + ".json"));
        }
    }

    private static void stubPart(String id, String segment, ObjectNode document) {
        document.put("departmentId", id).put("fiscalYear", 2020).put("revision", 1).put("revisedAt", "2026-01-01T00:00:00Z");
        stub("/api/v1/departments/" + id + "/" + segment + "/2020", ExactJson.write(document));
    }

    private static void stub(String path, String json) {
        StubbedServices.server.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** The whole page, not just the window: Chromium's DevTools capture beyond the viewport. */
    private static void screenshot(String name) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", ((Number) content.get("width")).doubleValue(), "height", ((Number) content.get("height")).doubleValue())));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement part(int number) {
        return browser.findElement(By.id("part-" + number));
    }

    @Test
    void theReferenceDisclosureReadsAsPublishedWithItsChartsAndFindings() {
        open("/departments/130624-203/2020");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("中共阜平县委组织部2020年部门预算信息公开");
        assertThat(browser.findElement(By.id("overview")).getText()).contains("中共阜平县委组织部", "九个部分均已公开");

        List<WebElement> parts = browser.findElements(By.cssSelector("section.part[data-part]"));
        assertThat(parts).extracting(p -> p.findElement(By.tagName("h2")).getText().substring(0, 2))
                .containsExactly("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、");
        assertThat(parts).extracting(p -> p.getDomAttribute("data-status")).containsOnly("available");

        // Figures digit for digit: 8529.41, the 三公 total 4.75 → 6.55, a project's 17.60 (JSON.parse would say 17.6).
        assertThat(part(1).getText()).contains("中共阜平县委组织部", "行政", "正科级", "财政拨款");
        assertThat(cell(2, "支出合计")).isEqualTo("8529.41");
        assertThat(cell(2, "项目支出")).isEqualTo("7779.03");
        assertThat(cell(3, "合计")).isEqualTo("50.64");
        assertThat(row(4, "合计")).containsSequence("合计", "4.75", "6.55", "1.8");
        assertThat(part(5).getText()).contains("203-0401-YXN-X52V", "不忘初心、牢记使命办公经费", "17.60");
        assertThat(part(6).getText()).contains("107.57", "A09");
        assertThat(row(7, "固定资产总值")).endsWith("82.22");
        assertThat(row(7, "车辆")).containsExactly("车辆", "1 辆", "18.98");
        assertThat(part(8).getText()).contains("财政拨款收入", "指县级财政当年拨付的资金。");
        assertThat(part(9).getText()).contains("无其他需说明的事项。");

        // The findings stand beside the part they concern: budget-service's in 二, the gateway's across parts in 六.
        assertThat(part(2).findElement(By.cssSelector("aside.findings")).getText())
                .contains("错误", "增减合计1549.15不等于基本支出与项目支出增减之和1120.05");
        assertThat(part(6).findElements(By.cssSelector("aside.findings"))).hasSize(1);
        assertThat(part(6).findElement(By.cssSelector("aside.findings")).getText()).contains("督察组");

        // Each chart is drawn, and it has a size a reader can see.
        for (int number : new int[]{2, 4, 5, 6}) {
            WebElement drawn = waiting().until(ExpectedConditions.presenceOfNestedElementLocatedBy(part(number),
                    By.cssSelector(".chart svg, .chart canvas")));
            Dimension size = drawn.getSize();
            assertThat(size.getWidth()).as("chart of part %d", number).isPositive();
            assertThat(size.getHeight()).as("chart of part %d", number).isPositive();
        }
        // The charts' labels are the published text too: 17.60, not 17.6.
        assertThat(part(4).findElement(By.cssSelector(".chart svg")).getText()).contains("4.5", "6.5", "0.25", "0.05");
        assertThat(part(5).findElement(By.cssSelector(".chart svg")).getText()).contains("17.60");
        screenshot("department-130624-203-2020");

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/departments/130624-203/2020");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("the page fits a phone's width").isLessThanOrEqualTo(0);
        screenshot("department-130624-203-2020-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** The text of the cell beside the row headed {@code label} in the first table of a part that has it. */
    private static String cell(int part, String label) {
        return row(part, label).get(1);
    }

    private static List<String> row(int part, String label) {
        WebElement header = part(part).findElements(By.cssSelector("tbody th[scope=row]")).stream()
                .filter(th -> th.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("part " + part + " has no row " + label));
        return header.findElement(By.xpath("..")).findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theSearchFindsTheDepartmentAndTheYearsTableListsIt() {
        open("/");
        // The first Tab reaches the skip link, and the reader sees where the focus is.
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("跳到主要内容");
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        browser.findElement(By.id("name")).sendKeys("组织");
        browser.findElement(By.id("division")).sendKeys("130624");
        new Select(browser.findElement(By.id("year"))).selectByValue("2020");
        browser.findElement(By.cssSelector("form#search button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("name="));
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

        WebElement results = browser.findElement(By.id("results"));
        assertThat(results.getText()).contains("找到 1 个部门", "中共阜平县委组织部", "阜平县");
        assertThat(results.findElement(By.linkText("中共阜平县委组织部")).getDomAttribute("href"))
                .isEqualTo("/departments/130624-203/2020");
        StubbedServices.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/departments"))
                .withQueryParam("name", com.github.tomakehurst.wiremock.client.WireMock.equalTo("组织"))
                .withQueryParam("division", com.github.tomakehurst.wiremock.client.WireMock.equalTo("130624")));

        WebElement departments = browser.findElement(By.id("departments"));
        assertThat(departments.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(12);
        assertThat(departments.findElement(By.cssSelector("tbody")).getText()).contains("中共阜平县委组织部", "130624-203", "已公开");
        assertThat(browser.findElement(By.id("csv")).getDomAttribute("href"))
                .isEqualTo("/api/v1/fiscal-years/2020/disclosures?format=csv&size=1000&page=1");
        screenshot("search-2020");

        // Sorting and filtering are the reader's, by keyboard too.
        WebElement byName = departments.findElement(By.cssSelector("thead th:first-child button"));
        byName.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> "ascending".equals(d.findElement(By.cssSelector("#departments thead th:first-child")).getDomAttribute("aria-sort")));
        browser.findElement(By.id("filter")).sendKeys("财政局");
        waiting().until(d -> d.findElement(By.cssSelector("#departments caption")).getText().contains("0 个"));

        browser.findElement(By.id("filter")).clear();
        results.findElement(By.linkText("中共阜平县委组织部")).click();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("中共阜平县委组织部2020年部门预算信息公开");
    }

    @Test
    void aFailingServiceLeavesItsPartUnavailableInWordsAndTheRestServed() {
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + FAILING + "/procurement/2020"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        // And part 七 never published: a different thing to tell the reader.
        StubbedServices.server.stubFor(get(urlEqualTo("/api/v1/departments/" + FAILING + "/assets/2020"))
                .willReturn(aResponse().withStatus(404)));
        open("/departments/" + FAILING + "/2020");
        WebElement procurement = part(6);
        assertThat(procurement.getDomAttribute("data-status")).isEqualTo("unavailable");
        assertThat(procurement.getText()).contains("本部分暂时无法获取", "政府采购服务", "procurement-service").doesNotContain("107.57");
        assertThat(part(7).getText()).contains("本部分未公开").doesNotContain("82.22");
        assertThat(browser.findElement(By.id("overview")).getText()).contains("未公开的部分：七", "暂时无法获取的部分：六");
        assertThat(browser.findElement(By.id("contents")).getText()).contains("（暂不可用）");
        assertThat(cell(2, "支出合计")).isEqualTo("8529.41");
        screenshot("department-procurement-unavailable");
    }

    @Test
    void anUnknownDepartmentIsThePortals404Page() {
        StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/departments/139877-404/organization/2020"))
                .willReturn(aResponse().withStatus(404)));
        for (String part : new String[]{"budgets", "performance", "procurement", "assets"}) {
            StubbedServices.server.stubFor(get(urlPathEqualTo("/api/v1/departments/139877-404/" + part + "/2020"))
                    .willReturn(aResponse().withStatus(404)));
        }
        browser.get(root.toString().replaceAll("/$", "") + "/departments/139877-404/2020");
        waiting().until(ExpectedConditions.titleContains("未找到"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到该部门的预算信息公开");
        assertThat(browser.findElement(By.linkText("返回查询")).getDomAttribute("href")).isEqualTo("/");
    }
}
