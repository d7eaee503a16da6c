//! Colours: the Okabe-Ito palette (safe for the common colour-vision
//! deficiencies) on a light or dark ground. A disposition or outcome has the
//! same colour in every chart; "not held" is the loud one.

use disclose_core::domain::{Disposition, Outcome, Process};
use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn color(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }

    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const SKY: Rgb = Rgb(0x56, 0xB4, 0xE9);
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
pub const PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
pub const GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
pub const YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
pub const GREY: Rgb = Rgb(0x99, 0x99, 0x99);

/// Light or dark ink and paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum ThemeKind {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub background: Rgb,
    pub foreground: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    /// Lanes of "not held" in the timeline: present but quiet.
    pub absent: Rgb,
}

impl Theme {
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

pub fn disposition(d: Disposition) -> Rgb {
    match d {
        Disposition::Provided => BLUE,
        Disposition::Partial => SKY,
        Disposition::NotHeld => VERMILLION,
        Disposition::Withheld => PURPLE,
        Disposition::Pending => GREY,
    }
}

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
