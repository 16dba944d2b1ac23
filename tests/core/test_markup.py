"""Staff-written rich text is a small Markdown subset: raw HTML and script links never reach
the page; headings start below the page's own title."""

from acoge.core import markup


def test_html_typed_by_staff_is_shown_as_text_not_run():
    html = markup.render('Hola <script>alert("x")</script> <img src=x onerror=alert(1)>')
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_only_web_mail_and_phone_links_survive():
    html = markup.render(
        "[a](javascript:alert(1)) [b](https://www.bcn.cl/leychile) [c](mailto:x@example.org) "
        "[d](tel:1455) [e](/es/mujer-migrante/) [f](data:text/html,hi)"
    )
    assert 'href="javascript:' not in html and 'href="data:' not in html
    assert html.count("<a ") == 4
    assert 'href="https://www.bcn.cl/leychile"' in html
    assert 'href="mailto:x@example.org"' in html
    assert 'href="tel:1455"' in html
    assert 'href="/es/mujer-migrante/"' in html
    assert 'rel="noreferrer"' in html


def test_a_top_heading_becomes_h2_and_lists_and_tables_render():
    html = markup.render("# Título\n\n- uno\n- dos\n\n| año | monto |\n|---|---|\n| 2025 | 10 |")
    assert "<h1" not in html and "<h2>Título</h2>" in html
    assert "<li>uno</li>" in html and "<td>2025</td>" in html


def test_plain_gives_the_words_without_markup():
    assert markup.plain("**Mujeres** & [talleres](https://x.cl)") == "Mujeres & talleres"


def test_a_link_to_another_host_without_a_scheme_is_dropped():
    html = markup.render("[a](//evil.example/x) [b](/\\\\evil.example) [c](/es/informacion/)")
    assert 'href="//' not in html and 'href="/\\' not in html
    assert 'href="/es/informacion/"' in html
