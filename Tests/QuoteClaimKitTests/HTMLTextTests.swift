import Testing
@testable import QuoteClaimKit

@Suite("normalize: HTML pages")
struct HTMLTextTests {
    static let page = """
    <!DOCTYPE html><html><head><title>Ignored</title><script>var s = "<p>not text</p>";</script></head>
    <body><nav><a href="/">Home</a> | World</nav><!-- a <p>comment</p> -->
    <h1>Minister warns   of cuts</h1>
    <p>The minister, Jane Roe, said that &ldquo;tough choices lie ahead&rdquo; &amp; <b>more</b>.</p>
    <p class='x > y'>Prices rose 5% as 3 < 4 &unknown; &#8220;today&#x201D;<br/>next line</p>
    <footer>Share this article</footer></body></html>
    """

    @Test("markup, scripts, the head and page furniture are dropped; blocks are lines; references are decoded")
    func text() {
        let html = HTMLText.read(Array(Self.page.utf8))
        let lines = String(decoding: html.text, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == [
            "Minister warns of cuts",
            "The minister, Jane Roe, said that “tough choices lie ahead” & more.",
            "Prices rose 5% as 3 < 4 &unknown; “today”",
            "next line",
        ])
    }

    @Test("a block whose class or id names furniture is skipped with all inside it, nested blocks too; other classes are text")
    func furnitureClasses() {
        let page = """
        <body><div class="article-body"><p>The minister said “we will act”.</p>
        <div class="newsletter-signup"><div><p>“The best writing, every Friday,” says our editor.</p></div><p>Sign up</p></div>
        <p>Prices rose.</p></div>
        <section id='reader_comments'><p>“She should resign,” wrote one reader.</p></section>
        <p class="comment">Skipped too.</p><span class="share">inline text stays</span><div class=promo><p>Unquoted class.</p></div></body>
        """
        let html = HTMLText.read(Array(page.utf8), furniture: ["newsletter", "comments", "comment", "share", "promo"])
        let lines = String(decoding: html.text, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == ["The minister said “we will act”.", "Prices rose.", "inline text stays"])
        // Without the word list, the page reads as before.
        #expect(String(decoding: HTMLText.read(Array(page.utf8)).text, as: UTF8.self).contains("wrote one reader"))
        let prices = html.text.firstRange(of: Array("Prices rose.".utf8))!
        #expect(String(decoding: Array(page.utf8)[html.source(prices)], as: UTF8.self) == "Prices rose.")
    }

    @Test("a head without its end tag ends at the body; a control character reference stays as written")
    func sloppyPage() {
        let html = HTMLText.read(Array("<html><head><title>T</title><body><p>Text here &#0; now</p>".utf8))
        #expect(String(decoding: html.text, as: UTF8.self) == "Text here &#0; now")
    }

    @Test("every text range maps to the page bytes that show it")
    func offsets() {
        let page = Array(Self.page.utf8)
        let html = HTMLText.read(page)
        let text = html.text
        func source(of phrase: String) -> String {
            let range = text.firstRange(of: Array(phrase.utf8))!
            return String(decoding: page[html.source(range)], as: UTF8.self)
        }
        #expect(source(of: "Jane Roe") == "Jane Roe")
        #expect(source(of: "“tough choices lie ahead”") == "&ldquo;tough choices lie ahead&rdquo;")
        #expect(source(of: "tough choices lie ahead") == "tough choices lie ahead")
        // Markup inside a range is kept in the page's bytes.
        #expect(source(of: "& more.") == "&amp; <b>more</b>.")
        #expect(source(of: "warns of") == "warns   of")
        #expect(html.source(0..<text.count).upperBound <= page.count)
    }

    @Test("pages are told from text by name or by their first tag")
    func detection() throws {
        #expect(SourceDocument.Format.detect(name: "a/story.HTML", bytes: []) == .html)
        #expect(SourceDocument.Format.detect(name: "story.txt", bytes: Array("\n  <!doctype html><p>x</p>".utf8)) == .html)
        #expect(SourceDocument.Format.detect(name: "story.txt", bytes: Array("<b>Bold</b> claims, he said.".utf8)) == .text)
        // A JSONL document keyed by its page's URL holds plain text: only its bytes tell.
        let plain = Array("Line one.\nLine two.".utf8)
        #expect(try DocumentLoader().check(plain, name: "https://example.com/story.html", byName: false).get().format == .text)
        #expect(try DocumentLoader().check(plain, name: "story.html").get().format == .html)
    }

    @Test("a quote in a page is found, attributed, and reported with the page's offsets")
    func pipeline() throws {
        let page = "<html><body><p>&ldquo;We cannot spend what we do not have,&rdquo; Finance Minister Jane Roe <i>told</i> reporters.</p></body></html>"
        var diagnostics: [Diagnostic] = []
        let document = SourceDocument(name: "page.html", bytes: Array(page.utf8), format: .html)
        let claimed = Kit.pipeline.run(document, matchers: RuleMatchers(), diagnostics: &diagnostics)
        let quote = try #require(claimed.attributed.quotes.first)
        #expect(quote.speaker?.name == "Jane Roe")
        let (range, text) = claimed.normalized.original(quote.span.content)
        #expect(String(decoding: text, as: UTF8.self) == "We cannot spend what we do not have,")
        #expect(String(decoding: Array(page.utf8)[range], as: UTF8.self) == "We cannot spend what we do not have,")
        let claim = try #require(claimed.claims.first)
        #expect(String(decoding: claimed.normalized.original(claim.range).text, as: UTF8.self)
                == "“We cannot spend what we do not have,” Finance Minister Jane Roe told reporters.")
    }
}
