//! The canonical form of a reference: the formatter's output, with the text repairs it
//! does not make itself, settled to a fixed point so that `--fix` is final.

use super::diff::Hunk;
use super::{Ctx, Finding, diff, fix, safety, text};
use crate::LineIndex;
use crate::gost::Style;
use crate::{Error, Source};

/// Rounds of parse → format → repair before a form that keeps changing is given up.
const MAX_ROUNDS: usize = 4;

/// The formatter and the one-reference parser the checker relies on (tests use fakes).
#[derive(Clone, Copy)]
pub(super) struct Backend {
    pub(super) format: fn(&Source, Style) -> Result<String, Error>,
    pub(super) reparse: fn(&str) -> Option<Source>,
}

pub(super) const REAL: Backend =
    Backend { format: crate::gost::to_gost_string, reparse: reparse_one };

fn reparse_one(text: &str) -> Option<Source> {
    crate::parse::read_first_line(text)
}

/// One round: format `src`, then carry over the repairs of `findings` (made on `text`,
/// which starts at byte `base`) at places the formatter copied unchanged. With the form
/// come the differences from `text` to it when they were computed on the way (no
/// repair was carried, so they are those of the form itself).
fn round(
    src: &Source,
    text: &str,
    base: usize,
    findings: &[Finding],
    style: Style,
    backend: Backend,
) -> Result<(String, Option<Vec<Hunk>>), String> {
    let c = (backend.format)(src, style).map_err(|e| e.to_string())?;
    if findings.iter().all(|f| f.replacement.is_none()) {
        return Ok((c, None));
    }
    let hunks = diff::diff(text, &c);
    Ok(match fix::carry_repairs(base, findings, &c, &hunks) {
        Some(carried) if carried != c => (carried, None),
        _ => (c, Some(hunks)),
    })
}

/// A canonical form, with its differences from the written reference when they are
/// already known.
pub(super) struct Settled {
    pub(super) form: String,
    pub(super) hunks: Option<Vec<Hunk>>,
}

/// The canonical form of the reference of `ctx` (parsed as `src`, with text `findings`),
/// fitted to its place in the list; or why there is none: the formatter failed, its
/// form would lose written words, or it does not settle (reading it back and formatting
/// again keeps giving something else, so `--fix` would never be final).
pub(super) fn settle(
    src: &Source,
    ctx: &Ctx<'_>,
    findings: &[Finding],
    backend: Backend,
) -> Result<Settled, String> {
    let written = ctx.written();
    let (mut current, mut hunks) =
        round(src, written, ctx.span.start, findings, ctx.style, backend)?;
    // Written exactly as the canonical form, with nothing to repair: it was parsed to
    // `src`, which formats to itself, so it is settled (the common case, and the fast one).
    let mut settled = current == written;
    for _ in 0..MAX_ROUNDS {
        if settled {
            break;
        }
        let lost = safety::lost_words(written, &current);
        if !lost.is_empty() {
            let shown: Vec<String> =
                lost.iter().take(5).map(|w| format!("`{w}`")).collect();
            return Err(format!("the formatted form would drop {}", shown.join(", ")));
        }
        let again = (backend.reparse)(&current)
            .ok_or_else(|| "the formatted form does not parse back".to_owned())?;
        let index = LineIndex::new(&current);
        let own = Ctx {
            text: &current,
            index: &index,
            span: 0..current.len(),
            style: ctx.style,
        };
        let (next, _) =
            round(&again, &current, 0, &text::check(&own), ctx.style, backend)?;
        if next == current {
            settled = true;
            break;
        }
        current = next;
        hunks = None;
    }
    if !settled {
        return Err(
            "the formatted form does not settle: formatting it again changes it".into()
        );
    }
    // Fitted to the list, the form may lose its final period: its differences from the
    // written text are then no longer those of the unfitted form.
    let unfitted = current.len();
    let form = fix::fit_to_list(ctx.text, &ctx.span, current);
    let hunks = hunks.filter(|_| form.len() == unfitted);
    Ok(Settled { form, hunks })
}
