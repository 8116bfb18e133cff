//! Light formatting for progress updates and comments, without HTML: the text is split into
//! paragraphs and bullet lists, and `**bold**` spans are marked. Templates render the result
//! with auto-escaping on, so no text a person typed is ever interpreted as markup.

use serde::Serialize;

/// A run of text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = TextSpan)]
pub struct Span {
    pub text: String,
    pub strong: bool,
}

/// A paragraph (one line per `lines` entry, shown with line breaks) or a bullet list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = TextBlock)]
pub struct Block {
    /// A bullet list (one item per line) rather than a paragraph.
    pub list: bool,
    pub lines: Vec<Vec<Span>>,
}

fn spans(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, part) in line.split("**").enumerate() {
        if !part.is_empty() {
            out.push(Span {
                text: part.to_string(),
                strong: i % 2 == 1,
            });
        }
    }
    // An unmatched `**` leaves its text plain.
    if line.matches("**").count() % 2 == 1 {
        for s in &mut out {
            s.strong = false;
        }
        return vec![Span {
            text: line.to_string(),
            strong: false,
        }];
    }
    out
}

pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for raw in text.lines() {
        let line = raw.trim_end();
        if line.trim().is_empty() {
            if let Some(b) = current.take() {
                out.push(b);
            }
            continue;
        }
        let item = line
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| line.trim_start().strip_prefix("* "));
        let is_list = item.is_some();
        let content = item.unwrap_or(line);
        match &mut current {
            Some(b) if b.list == is_list => b.lines.push(spans(content)),
            _ => {
                if let Some(b) = current.take() {
                    out.push(b);
                }
                current = Some(Block {
                    list: is_list,
                    lines: vec![spans(content)],
                });
            }
        }
    }
    if let Some(b) = current {
        out.push(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_bold() {
        let b = blocks("Cutting **done** today.\nSewing next.\n\n- 40% sewn\n- QC booked\nend");
        assert_eq!(b.len(), 3);
        assert!(!b[0].list && b[0].lines.len() == 2);
        assert_eq!(
            b[0].lines[0][1],
            Span {
                text: "done".into(),
                strong: true
            }
        );
        assert!(b[1].list && b[1].lines.len() == 2);
        assert_eq!(b[2].lines[0][0].text, "end");
    }

    #[test]
    fn markup_is_plain_text() {
        let b = blocks("<script>alert(1)</script> **unclosed");
        assert_eq!(
            b[0].lines[0],
            vec![Span {
                text: "<script>alert(1)</script> **unclosed".into(),
                strong: false
            }]
        );
    }
}
