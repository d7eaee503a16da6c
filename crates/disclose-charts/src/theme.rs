//! Colours on a light or dark ground: hues after Okabe-Ito and Paul Tol, each dark
//! enough for 3:1 on white and light enough for 3:1 on the dark ground, with text
//! colours derived to 4.5:1. A disposition or outcome has the same colour in every
//! chart, screen and report; "not held" is the loud one, and no process or
//! organisation borrows a disposition's colour.

use disclose_core::domain::{Disposition, Outcome, Process};

use plotters::style::RGBColor;

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// For plotters.
    pub fn color(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }

    /// As `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

// The palette: hues after Okabe-Ito and Paul Tol, each of a middle lightness so that it
// stands at least 3:1 against the light and the dark ground alike (WCAG 2.2 non-text
// contrast), which `every_mark_colour_stands_out_in_both_themes` checks.

/// Provided, complied: blue.
pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
/// Partly provided: a lighter blue.
pub const LIGHT_BLUE: Rgb = Rgb(0x3C, 0x8D, 0xCB);
/// Not held, no data: vermillion, the loud one. No process or organisation uses it.
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
/// Withheld, rejected: reddish purple.
pub const PURPLE: Rgb = Rgb(0xB8, 0x58, 0x8E);
/// Pending: grey.
pub const GREY: Rgb = Rgb(0x76, 0x76, 0x76);
/// Unknown, and "other" when series are folded: a lighter grey.
pub const LIGHT_GREY: Rgb = Rgb(0x8C, 0x8C, 0x8C);
/// Withdrawn: brown.
pub const BROWN: Rgb = Rgb(0x8A, 0x6E, 0x3B);

/// The colours of processes and organisations: none of them is a disposition's.
pub const SERIES: [Rgb; 8] = [
    Rgb(0x7B, 0x68, 0xEE), // violet
    Rgb(0xB2, 0x6B, 0x00), // amber
    Rgb(0x4E, 0x8F, 0x3A), // green
    Rgb(0x3F, 0x8F, 0x8F), // teal
    Rgb(0xA8, 0x6E, 0x9A), // mauve
    Rgb(0x6C, 0x7A, 0x89), // slate
    Rgb(0x8B, 0x7D, 0x6B), // taupe
    Rgb(0x5E, 0x81, 0xAC), // steel
];

/// WCAG 2.2 relative luminance.
fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG 2.2 contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `c` moved towards `to` by `t` (0: `c`, 1: `to`).
fn mix(c: Rgb, to: Rgb, t: f64) -> Rgb {
    let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    Rgb(m(c.0, to.0), m(c.1, to.1), m(c.2, to.2))
}

/// Light or dark ink and paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum ThemeKind {
    /// Dark ink on white.
    #[default]
    Light,
    /// Light ink on a dark ground.
    Dark,
}

/// The colours of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// The ground.
    pub background: Rgb,
    /// Text and axes.
    pub foreground: Rgb,
    /// Secondary text.
    pub muted: Rgb,
    /// Grid lines.
    pub grid: Rgb,
    /// Decoration only, never meaning: the cells of a grid that hold nothing.
    pub absent: Rgb,
}

impl Theme {
    /// The theme of a kind.
    pub fn of(kind: ThemeKind) -> Theme {
        match kind {
            ThemeKind::Light => Theme {
                background: Rgb(0xFF, 0xFF, 0xFF),
                foreground: Rgb(0x1A, 0x1A, 0x1A),
                muted: Rgb(0x5F, 0x5F, 0x5F),
                grid: Rgb(0xE3, 0xE3, 0xE3),
                absent: Rgb(0xEE, 0xEE, 0xEE),
            },
            ThemeKind::Dark => Theme {
                background: Rgb(0x1C, 0x1C, 0x1E),
                foreground: Rgb(0xEE, 0xEE, 0xEE),
                muted: Rgb(0xA8, 0xA8, 0xA8),
                grid: Rgb(0x3A, 0x3A, 0x3C),
                absent: Rgb(0x33, 0x33, 0x36),
            },
        }
    }
}

impl Theme {
    /// Text in a colour's hue that reads at 4.5:1 on this theme's ground: `c` itself
    /// when it does, else `c` moved towards the ink until it does (a dark orange for
    /// "not held" on white, a lighter one on the dark ground).
    pub fn text_in(&self, c: Rgb) -> Rgb {
        (0..=20)
            .map(|i| mix(c, self.foreground, f64::from(i) / 20.0))
            .find(|t| contrast(*t, self.background) >= 4.5)
            .unwrap_or(self.foreground)
    }

    /// Ink for text drawn on a mark of colour `c`: white or the dark ink, whichever
    /// stands out more, in either theme (the mark, not the ground, is behind it); None
    /// when neither reaches 4.5:1 (the text then goes beside the mark, not on it).
    pub fn ink_on(&self, c: Rgb) -> Option<Rgb> {
        let dark = Theme::of(ThemeKind::Light).foreground;
        [Rgb(0xFF, 0xFF, 0xFF), dark]
            .into_iter()
            .map(|ink| (contrast(ink, c), ink))
            .filter(|(r, _)| *r >= 4.5)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, ink)| ink)
    }
}

/// The colour of a disposition, the same in every chart.
pub fn disposition(d: Disposition) -> Rgb {
    match d {
        Disposition::Provided => BLUE,
        Disposition::Partial => LIGHT_BLUE,
        Disposition::NotHeld => VERMILLION,
        Disposition::Withheld => PURPLE,
        Disposition::Pending => GREY,
    }
}

/// The colour of an outcome (None: unknown).
pub fn outcome(o: Option<Outcome>) -> Rgb {
    match o {
        Some(Outcome::Complied) => BLUE,
        Some(Outcome::Partial) => LIGHT_BLUE,
        Some(Outcome::NoData) => VERMILLION,
        Some(Outcome::Rejected) => PURPLE,
        Some(Outcome::Withdrawn) => BROWN,
        Some(Outcome::Pending) => GREY,
        None => LIGHT_GREY,
    }
}

/// The colour of a legal process: from [`SERIES`], never a disposition's colour (an
/// emergency request is not "not held"). Rare processes share "other"'s grey.
pub fn process(p: Process) -> Rgb {
    match p {
        Process::Subpoena => SERIES[0],
        Process::CourtOrder => SERIES[1],
        Process::SearchWarrant => SERIES[2],
        Process::Emergency => SERIES[3],
        Process::Preservation => SERIES[4],
        Process::NationalSecurity => SERIES[5],
        Process::PenRegister => SERIES[6],
        Process::Wiretap => SERIES[7],
        Process::Foreign | Process::Civil | Process::Other => LIGHT_GREY,
    }
}

/// The colour of the organisation at `index` among all of a store's organisations, so
/// it keeps its colour in every chart, screen and export of that store.
pub fn organisation(index: usize) -> Rgb {
    SERIES[index % SERIES.len()]
}

/// The palette as CSS custom properties for the window (`ui/src/lib/palette.css`, written
/// by a test): each disposition's mark colour and its text colour in each theme.
pub fn css() -> String {
    let mut out = String::from(
        "/* Written by disclose-charts (theme::css) and checked by its tests: do not edit. */\n",
    );
    for (open, close, kind) in [
        (":root {\n", "}\n", ThemeKind::Light),
        (
            "@media (prefers-color-scheme: dark) {\n:root {\n",
            "}\n}\n",
            ThemeKind::Dark,
        ),
    ] {
        let t = Theme::of(kind);
        out.push_str(open);
        for d in <Disposition as strum::VariantArray>::VARIANTS {
            let c = disposition(*d);
            out.push_str(&format!(
                "  --{0}: {1}; --{0}-text: {2};\n",
                d.as_str().replace('_', "-"),
                c.hex(),
                t.text_in(c).hex()
            ));
        }
        out.push_str(close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    #[test]
    fn every_mark_colour_stands_out_in_both_themes() {
        let marks = Disposition::VARIANTS
            .iter()
            .map(|d| disposition(*d))
            .chain(Outcome::VARIANTS.iter().map(|o| outcome(Some(*o))))
            .chain([outcome(None)])
            .chain(Process::VARIANTS.iter().map(|p| process(*p)))
            .chain(SERIES);
        for c in marks {
            for kind in [ThemeKind::Light, ThemeKind::Dark] {
                let t = Theme::of(kind);
                let r = contrast(c, t.background);
                assert!(r >= 3.0, "{} on {:?} is {r:.2}:1", c.hex(), kind);
                let text = t.text_in(c);
                assert!(contrast(text, t.background) >= 4.5, "{} as text", c.hex());
            }
        }
    }

    #[test]
    fn no_process_or_organisation_borrows_a_dispositions_colour() {
        let meaning: Vec<Rgb> = Disposition::VARIANTS
            .iter()
            .map(|d| disposition(*d))
            .collect();
        for p in Process::VARIANTS {
            assert!(!meaning.contains(&process(*p)), "{p:?}");
        }
        for i in 0..SERIES.len() {
            assert!(!meaning.contains(&organisation(i)));
        }
        assert_ne!(process(Process::Emergency), VERMILLION);
    }

    #[test]
    fn contrast_is_wcag() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        let white = Rgb(255, 255, 255);
        assert!((contrast(Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
        let t = Theme::of(ThemeKind::Light);
        assert!(contrast(t.text_in(VERMILLION), white) >= 4.5);
        assert_eq!(t.ink_on(BLUE), Some(white));
        assert_eq!(
            t.ink_on(SERIES[0]),
            None,
            "violet takes neither ink at 4.5:1"
        );
    }
}
