//! Static, text-only parts of a screen written as one HTML string and set with `inner_html`.
//!
//! Leptos compiles every element of a `view!` into code of its own: about 200 bytes of gzipped wasm per
//! element, paid by every user on the first visit. A part of a screen that holds no control and does not
//! change while it is shown (a step's Japanese terms, tips, sources) needs none of that code: it is
//! written here as markup instead. Every text and attribute value is escaped, so a translation holding
//! `<` or `&` shows as written. Anything a user can operate (links within the app, inputs, buttons)
//! stays in `view!`.

/// HTML under construction. Tags and attribute names are the caller's constants; texts and attribute
/// values are escaped.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag a="v" …>`
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag …>text</tag>`
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Markup {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// `<tag …><item>…</item>…</tag>`, one `item` element per text.
    pub fn list<'a>(
        &mut self,
        tag: &str,
        attributes: &[(&str, &str)],
        item: &str,
        texts: impl IntoIterator<Item = &'a str>,
    ) -> &mut Markup {
        self.open(tag, attributes);
        for text in texts {
            self.element(item, &[], text);
        }
        self.close(tag)
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// `text` as HTML text or attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_attribute_values_are_escaped() {
        let mut m = Markup::new();
        m.element("p", &[("title", "a \"b\" & 'c'")], "<b>Tom & Jerry</b>");
        assert_eq!(
            m.into_string(),
            "<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\">&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>"
        );
    }

    #[test]
    fn a_list_has_one_item_per_text_and_non_ascii_text_is_kept() {
        let mut m = Markup::new();
        m.list("ul", &[("class", "tips")], "li", ["転入届", "Xin chào"]);
        assert_eq!(
            m.into_string(),
            "<ul class=\"tips\"><li>転入届</li><li>Xin chào</li></ul>"
        );
    }
}
