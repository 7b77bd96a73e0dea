import Testing
@testable import QuoteClaimKit

@Suite("normalize: Markdown files")
struct MarkdownTextTests {
    static let file = """
    # Minister warns of **tough** winter ##

    *By Jane Smith*

    The [energy minister](https://example.com/minister), **Tom Reed**, said on
    Monday that households should prepare for `higher` bills.
    ![a chart](chart.png)

    > “We cannot pretend that prices will fall soon,”
    > Reed told the BBC.

    - Prices rose 20% in October, according to snake_case_data \\*and\\* Ofgem &amp; others.
    1. Suppliers warned that 5 * 3 firms could collapse.

    ```
    “This code is no text at all,” he said.
    ```
    ---
    Last line.
    """

    @Test("wrapped lines are joined; headings, items, quotes, rules and code end paragraphs; marks and link targets are dropped")
    func text() {
        let lines = String(decoding: MarkdownText.read(Array(Self.file.utf8)).text, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == [
            "Minister warns of tough winter",
            "By Jane Smith",
            "The energy minister, Tom Reed, said on Monday that households should prepare for higher bills.",
            "“We cannot pretend that prices will fall soon,” Reed told the BBC.",
            "Prices rose 20% in October, according to snake_case_data *and* Ofgem & others.",
            "Suppliers warned that 5 * 3 firms could collapse.",
            "Last line.",
        ])
    }

    @Test("every text range maps to the file bytes that show it")
    func offsets() {
        let bytes = Array(Self.file.utf8)
        let markdown = MarkdownText.read(bytes)
        func source(of phrase: String) -> String {
            let range = markdown.text.firstRange(of: Array(phrase.utf8))!
            return String(decoding: bytes[markdown.source(range)], as: UTF8.self)
        }
        #expect(source(of: "The energy minister, Tom Reed, said") == "The [energy minister](https://example.com/minister), **Tom Reed**, said")
        #expect(source(of: "said on Monday") == "said on\nMonday")
        #expect(source(of: "Reed told the BBC.") == "Reed told the BBC.")
    }

    @Test("a quote in a Markdown file is attributed across a wrapped line")
    func pipeline() throws {
        let file = "Energy prices rose.\n\n“We cannot pretend that prices will fall,” said the\n[energy minister](https://example.com), **Tom Reed**.\n"
        var diagnostics: [Diagnostic] = []
        let claimed = Kit.pipeline.run(SourceDocument(name: "post.md", bytes: Array(file.utf8), format: .markdown),
                                       matchers: RuleMatchers(), diagnostics: &diagnostics)
        let quote = try #require(claimed.attributed.quotes.first)
        #expect(quote.speaker?.name == "Tom Reed")
        #expect(SourceDocument.Format.detect(name: "notes/post.MD", bytes: []) == .markdown)
    }
}
