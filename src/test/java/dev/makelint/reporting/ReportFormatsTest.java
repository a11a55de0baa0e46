package dev.makelint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.makelint.checks.Finding;
import dev.makelint.checks.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each output format on findings with related locations, odd paths, unicode and hostile text. */
class ReportFormatsTest {
  @TempDir Path tmp;
  ReportFixture fx;

  /** The pattern Vim's default gcc errorformat and VS Code's $gcc problem matcher look for. */
  static final Pattern QUICKFIX = Pattern.compile(
      "^(.+?):(\\d+):(\\d+):\\s+(error|warning|info|note):\\s+(.*)$");

  @BeforeEach
  void setUp() throws Exception {
    fx = new ReportFixture(tmp);
  }

  @Test
  void formatWordsRoundTripAndUnknownOnesAreRefused() {
    for (Format f : Format.values()) {
      assertThat(Format.parse(f.id())).isEqualTo(f);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.parse("xml"))
        .hasMessageContaining("text, json, sarif, github or checkstyle");
  }

  @Test
  void textIsGccStyleWithExcerptsCaretsNotesAndSummary() {
    String out = ReportFixture.render(new TextReport(false), fx.data());
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo(ReportFixture.ODD + ":3:1: error: a.c is compiled into "
        + "a.o and b.o, both linked into prog [duplicate-source-in-link]");
    assertThat(lines.get(1)).isEqualTo("    3 | a.o: a.c");
    assertThat(lines.get(2)).isEqualTo("      | ^");
    assertThat(lines.get(3)).isEqualTo("Makefile:3:7: note: prog is linked here");
    assertThat(lines.get(4)).isEqualTo("    3 | prog: a.o b.o");
    assertThat(lines.get(5)).isEqualTo("      |       ^");
    assertThat(out).contains("Makefile:1:1: note: " + ReportFixture.ODD
        + " is read because of this include\n    1 | -include " + ReportFixture.ODD + "\n");
    // a tab is repeated in the caret line and a wide character takes two columns
    assertThat(out).contains("    2 | \t界 x: y\n      | \t   ^\n");
    // the last line sums up
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("makelint: 1 error, 1 warning, 1 info (3 makefiles read)");
  }

  @Test
  void textNeverPassesControlCharactersFromMakefilesToTheTerminal() {
    String out = ReportFixture.render(new TextReport(false), fx.data());
    assertThat(out).doesNotContain("\u001b").doesNotContain("\r");
    assertThat(out).contains(ReportFixture.ODD + ":2:4: warning: 50% of '?[31mx?[0m', y: z?"
        + "second line? [overriding-recipe]");
  }

  @Test
  void everyLocatedTextLineParsesAsAQuickfixEntryAndNoExcerptLineDoes() {
    String out = ReportFixture.render(new TextReport(false), fx.data());
    List<String> located = new ArrayList<>();
    for (String line : out.lines().toList()) {
      Matcher m = QUICKFIX.matcher(line);
      if (m.matches()) {
        located.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3) + " " + m.group(4));
      } else {
        assertThat(line).matches("( +\\d+ \\| .*| +\\| [\\t ]*\\^|makelint: .*)");
      }
    }
    assertThat(located).containsExactly(
        ReportFixture.ODD + ":3:1 error", "Makefile:3:7 note", "Makefile:1:1 note",
        ReportFixture.ODD + ":2:4 warning", "../common.mk:1:1 note",
        fx.outside + ":1:1 note", "Makefile:2:1 info");
  }

  @Test
  void textColourOnlyWhenAskedFor() {
    String plain = ReportFixture.render(new TextReport(false), fx.data());
    String colour = ReportFixture.render(new TextReport(true), fx.data());
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(colour).contains("\u001b[1;31merror:\u001b[0m", "\u001b[1;35mwarning:\u001b[0m",
        "\u001b[1;36mnote:\u001b[0m", "\u001b[1;32m^\u001b[0m");
    assertThat(colour.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void textCutsLongExcerptsAroundTheColumn() throws Exception {
    String longLine = "X = " + "a".repeat(500) + " target " + "b".repeat(500);
    java.nio.file.Files.writeString(fx.workDir.resolve("long.mk"), longLine + "\n");
    int col = longLine.indexOf("target") + 1;
    String out = ReportFixture.render(new TextReport(false), fx.data(List.of(new Finding(
        "overriding-recipe", Severity.WARNING, "m", "long.mk", 1, col, List.of())), List.of()));
    List<String> lines = out.lines().toList();
    assertThat(lines.get(1)).startsWith("    1 | ...").endsWith("...").contains("target")
        .hasSizeLessThan(TextReport.MAX_EXCERPT + 20);
    int caret = lines.get(2).indexOf('^');
    assertThat(lines.get(1).substring(caret)).startsWith("target");
  }

  @Test
  void textCleanRunPrintsNothing() {
    assertThat(ReportFixture.render(new TextReport(false), fx.data(List.of(), List.of())))
        .isEmpty();
  }

  @Test
  void textFatalErrorIsLocatedAndSaysMakeWouldStop() {
    String out = ReportFixture.render(new TextReport(false), fx.data(List.of(), List.of(
        new Finding(null, Severity.ERROR, "missing separator", "Makefile", 4, 1, List.of()))));
    assertThat(out).startsWith("Makefile:4:1: error: missing separator (make would stop here)\n"
        + "    4 | \t$(CC) -o $@ $^\n      | ^\n");
    assertThat(out).endsWith("makelint: 1 error, 0 warnings, 0 info (3 makefiles read)\n");
  }

  @Test
  void jsonIsTheDocumentOfInterfacesMd() throws Exception {
    String out = ReportFixture.render(new JsonReport(), fx.data());
    assertThat(out).isEqualTo(JsonReport.json(fx.findings, fx.errors, "0.1.0") + "\n");
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(doc.get("tool").asText()).isEqualTo("makelint");
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode f = doc.get("findings").get(1);
    assertThat(f.get("file").asText()).isEqualTo(ReportFixture.ODD);
    assertThat(f.get("message").asText()).contains("\u001b[31m").contains("\n");
    assertThat(f.get("related").get(0).get("file").asText()).isEqualTo("../common.mk");
  }

  @Test
  void jsonKeepsItsExactLayout() {
    String out = JsonReport.json(List.of(new Finding("overriding-recipe", Severity.WARNING,
        "m", "Makefile", 4, 1, List.of(new dev.makelint.checks.RelatedLocation("Makefile", 2, 1,
            "n")))), List.of(), "0.1.0");
    assertThat(out).isEqualTo("""
        {
          "tool" : "makelint",
          "version" : "0.1.0",
          "schemaVersion" : 1,
          "findings" : [ {
            "check" : "overriding-recipe",
            "severity" : "warning",
            "message" : "m",
            "file" : "Makefile",
            "line" : 4,
            "column" : 1,
            "related" : [ {
              "file" : "Makefile",
              "line" : 2,
              "column" : 1,
              "message" : "n"
            } ]
          } ],
          "errors" : [ ]
        }""");
  }

  @Test
  void githubCommandsAreEscapedAndNameFilesFromTheRepositoryRoot() {
    String out = ReportFixture.render(new GithubReport(), fx.data());
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("::error file=src/mk/ünï côdé.mk,line=3,col=1,"
        + "title=makelint%3A duplicate-source-in-link::a.c is compiled into a.o and b.o, both "
        + "linked into prog%0Asrc/Makefile:3:7: note: prog is linked here%0Asrc/Makefile:1:1: "
        + "note: mk/ünï côdé.mk is read because of this include");
    assertThat(lines.get(1)).startsWith("::warning file=src/mk/ünï côdé.mk,line=2,col=4,"
        + "title=makelint%3A overriding-recipe::50%25 of '\u001b[31mx\u001b[0m', y: z%0Asecond "
        + "line%0D%0Acommon.mk:1:1: note: the other recipe, here%0A" + fx.outside
        + ":1:1: note: and one outside the repo");
    assertThat(lines.get(2)).startsWith("::notice file=src/Makefile,line=2,col=1,");
    assertThat(lines.get(3)).isEqualTo("makelint: 3 findings (3 makefiles read)");
    assertThat(GithubReport.property("a,b:c%d\ne")).isEqualTo("a%2Cb%3Ac%25d%0Ae");
  }

  @Test
  void githubFatalErrorIsAnErrorAnnotation() {
    String out = ReportFixture.render(new GithubReport(), fx.data(List.of(), List.of(
        new Finding(null, Severity.ERROR, "missing separator", "Makefile", 4, 1, List.of()))));
    assertThat(out).startsWith("::error file=src/Makefile,line=4,col=1,title=makelint%3A cannot "
        + "read the makefiles::missing separator (make would stop here)\n");
  }

  @Test
  void checkstyleIsWellFormedXmlGroupedByFile() throws Exception {
    String out = ReportFixture.render(new CheckstyleReport(), fx.data());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    Element top = doc.getDocumentElement();
    assertThat(top.getTagName()).isEqualTo("checkstyle");
    NodeList files = top.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(2);
    Element odd = (Element) files.item(0);
    assertThat(odd.getAttribute("name")).isEqualTo("src/" + ReportFixture.ODD);
    NodeList errors = odd.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(2);
    Element first = (Element) errors.item(0);
    assertThat(first.getAttribute("line")).isEqualTo("3");
    assertThat(first.getAttribute("column")).isEqualTo("1");
    assertThat(first.getAttribute("severity")).isEqualTo("error");
    assertThat(first.getAttribute("source")).isEqualTo("makelint.duplicate-source-in-link");
    assertThat(first.getAttribute("message")).startsWith("a.c is compiled")
        .contains("\nsrc/Makefile:3:7: note: prog is linked here");
    Element second = (Element) errors.item(1);
    // the escape character cannot be in XML 1.0 at all; newlines survive as references
    assertThat(second.getAttribute("message")).startsWith("50% of '\uFFFD[31mx\uFFFD[0m', y: z"
        + "\nsecond line\r");
    assertThat(((Element) files.item(1)).getAttribute("name")).isEqualTo("src/Makefile");
    assertThat(((Element) ((Element) files.item(1)).getElementsByTagName("error").item(0))
        .getAttribute("severity")).isEqualTo("info");
  }

  @Test
  void checkstyleWithoutFindingsIsAnEmptyDocument() {
    assertThat(ReportFixture.render(new CheckstyleReport(), fx.data(List.of(), List.of())))
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<checkstyle version=\"4.3\">\n</checkstyle>\n");
  }

  @Test
  void sarifNamesFilesByPercentEncodedUrisFromSrcroot() throws Exception {
    JsonNode run = new ObjectMapper().readTree(SarifReport.render(fx.data())).get("runs").get(0);
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
        .isEqualTo(fx.root.toUri().toASCIIString());
    JsonNode r0 = run.get("results").get(0);
    assertThat(r0.get("ruleId").asText()).isEqualTo("duplicate-source-in-link");
    assertThat(r0.get("level").asText()).isEqualTo("error");
    JsonNode loc = r0.get("locations").get(0).get("physicalLocation");
    assertThat(loc.get("artifactLocation").get("uri").asText())
        .isEqualTo("src/mk/%C3%BCn%C3%AF%20c%C3%B4d%C3%A9.mk");
    assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(3);
    JsonNode rel = r0.get("relatedLocations");
    assertThat(rel).hasSize(2);
    assertThat(rel.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(rel.get(0).get("message").get("text").asText()).isEqualTo("prog is linked here");
    assertThat(rel.get(0).get("physicalLocation").get("region").get("startColumn").asInt())
        .isEqualTo(7);
    JsonNode r1rel = run.get("results").get(1).get("relatedLocations");
    assertThat(r1rel.get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("common.mk");
    JsonNode outside = r1rel.get(1).get("physicalLocation").get("artifactLocation");
    assertThat(outside.get("uri").asText()).isEqualTo(fx.outside.toUri().toASCIIString());
    assertThat(outside.has("uriBaseId")).isFalse();
    assertThat(run.get("results").get(2).get("level").asText()).isEqualTo("note");
  }

  @Test
  void sarifRulesCarryDocumentation() throws Exception {
    JsonNode rules = new ObjectMapper().readTree(SarifReport.render(fx.data())).get("runs").get(0)
        .get("tool").get("driver").get("rules");
    assertThat(rules.size()).isEqualTo(dev.makelint.checks.Checks.all().size());
    JsonNode dup = rules.get(0);
    assertThat(dup.get("id").asText()).isEqualTo("duplicate-source-in-link");
    assertThat(dup.get("name").asText()).isEqualTo("DuplicateSourceInLink");
    assertThat(dup.get("helpUri").asText()).endsWith("docs/checks/duplicate-source-in-link.md");
    assertThat(dup.get("help").get("markdown").asText()).contains("## Why it matters");
    assertThat(dup.get("fullDescription").get("text").asText()).startsWith("Two or more");
    assertThat(dup.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
  }

  @Test
  void sarifReportsFatalErrorsAsNotifications() throws Exception {
    JsonNode run = new ObjectMapper().readTree(SarifReport.render(fx.data(List.of(), List.of(
        new Finding(null, Severity.ERROR, "missing separator", "Makefile", 4, 1, List.of())))))
        .get("runs").get(0);
    JsonNode inv = run.get("invocations").get(0);
    assertThat(inv.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(inv.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .isEqualTo("missing separator");
    assertThat(run.get("results")).isEmpty();
  }

  @Test
  void sarifRelativeUrisNeverLookLikeASchemeAndKeepOddCharactersEncoded() {
    assertThat(SarifReport.relativeUri("c:x/Makefile")).isEqualTo("./c:x/Makefile");
    assertThat(SarifReport.relativeUri("a b/#x?.mk")).isEqualTo("a%20b/%23x%3F.mk");
    assertThat(SarifReport.relativeUri("dir\\win.mk")).isEqualTo("dir/win.mk");
  }

  @Test
  void sourceRootIsTheGitWorkingTreeOrTheActionsWorkspace() {
    assertThat(ReportData.sourceRootFor(fx.workDir, java.util.Map.of())).isEqualTo(fx.root);
    assertThat(ReportData.sourceRootFor(fx.workDir.resolve("mk"), java.util.Map.of(
        "GITHUB_WORKSPACE", fx.workDir.toString()))).isEqualTo(fx.workDir);
    Path noRepo = tmp.resolve("elsewhere");
    assertThat(ReportData.sourceRootFor(noRepo, java.util.Map.of(
        "GITHUB_WORKSPACE", fx.root.toString()))).isEqualTo(noRepo);
  }
}
