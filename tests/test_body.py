from newsroom.content.body import parse_body


def test_paragraphs_subheads_and_quotations():
    blocks = parse_body(
        "First paragraph.\n\n## A subhead\n\n> Quoted one.\n\n> Quoted two.\n\nAfter the quote,\nwrapped line."
    )
    assert [(b.kind, b.text, b.paragraphs) for b in blocks] == [
        ("paragraph", "First paragraph.", []),
        ("subhead", "A subhead", []),
        ("quote", "", ["Quoted one.", "Quoted two."]),
        ("paragraph", "After the quote, wrapped line.", []),
    ]


def test_windows_line_endings_and_extra_blank_lines():
    assert [b.text for b in parse_body("One.\r\n\r\n\r\n\r\nTwo.\r\n")] == ["One.", "Two."]


def test_html_is_just_text():
    (block,) = parse_body("<script>alert(1)</script>")
    assert block.kind == "paragraph" and block.text == "<script>alert(1)</script>"
