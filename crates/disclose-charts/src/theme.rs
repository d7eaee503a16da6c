//! Colours: the Okabe-Ito palette (safe for the common colour-vision
//! deficiencies) on a light or dark ground. A disposition or outcome has the
//! same colour in every chart; "not held" is the loud one.

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

/// Okabe-Ito blue.
pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
/// Okabe-Ito sky blue.
pub const SKY: Rgb = Rgb(0x56, 0xB4, 0xE9);
/// Okabe-Ito vermillion: "not held".
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
/// Okabe-Ito reddish purple.
pub const PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);
/// Okabe-Ito orange.
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
/// Okabe-Ito bluish green.
pub const GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
/// Okabe-Ito yellow.
pub const YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
/// Neutral grey.
pub const GREY: Rgb = Rgb(0x99, 0x99, 0x99);

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
    /// Lanes of "not held" in the timeline: present but quiet.
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

/// The colour of a disposition, the same in every chart.
pub fn disposition(d: Disposition) -> Rgb {
    match d {
        Disposition::Provided => BLUE,
        Disposition::Partial => SKY,
        Disposition::NotHeld => VERMILLION,
        Disposition::Withheld => PURPLE,
        Disposition::Pending => GREY,
    }
}

/// The colour of an outcome (None: unknown).
pub fn outcome(o: Option<Outcome>) -> Rgb {
    match o {
        Some(Outcome::Complied) => BLUE,
        Some(Outcome::Partial) => SKY,
        Some(Outcome::NoData) => VERMILLION,
        Some(Outcome::Rejected) => PURPLE,
        Some(Outcome::Withdrawn) => ORANGE,
        Some(Outcome::Pending) => GREY,
        None => Rgb(0xC8, 0xC8, 0xC8),
    }
}

/// The colour of a legal process.
pub fn process(p: Process) -> Rgb {
    match p {
        Process::Subpoena => BLUE,
        Process::CourtOrder => ORANGE,
        Process::SearchWarrant => GREEN,
        Process::PenRegister => SKY,
        Process::Wiretap => YELLOW,
        Process::Emergency => VERMILLION,
        Process::Preservation => PURPLE,
        Process::NationalSecurity => Rgb(0x44, 0x44, 0x44),
        Process::Foreign => Rgb(0x8A, 0x6E, 0x3B),
        Process::Civil => Rgb(0x7F, 0x7F, 0x7F),
        Process::Other => Rgb(0xBB, 0xBB, 0xBB),
    }
}
