//! A chart as a file: SVG (its provenance as `<metadata>`), PNG at 1x to 3x (the
//! provenance as text chunks), its numbers as formula-safe CSV (the provenance as a
//! leading `#` comment), or one self-contained HTML page to embed in a CMS: the SVG
//! inline, each mark saying its value and source on hover, nothing fetched, no script.

use std::path::Path;
use std::sync::Arc;

use disclose_core::error::{Error, Result};
use disclose_core::i18n::{say, Text};

use crate::{canvas, xml_escape, Chart};

/// The files a chart is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum ChartFormat {
    /// Scalable vector graphics.
    Svg,
    /// A bitmap, at 1x, 2x or 3x.
    Png,
    /// The chart's numbers.
    Csv,
    /// One HTML page with the chart inline, for an iframe.
    Embed,
}

impl ChartFormat {
    /// The format a file name asks for: .svg, .png, .csv, or .html for the embed.
    pub fn of_path(path: &Path) -> Result<ChartFormat> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "svg" => Ok(ChartFormat::Svg),
            "png" => Ok(ChartFormat::Png),
            "csv" => Ok(ChartFormat::Csv),
            "html" | "htm" => Ok(ChartFormat::Embed),
            _ => Err(Error::Usage(say!(
                "error-chart-format",
                path = path.display().to_string(),
                found = if ext.is_empty() {
                    say!("found-no-extension")
                } else {
                    Text::verbatim(format!(".{ext}"))
                }
            ))),
        }
    }
}

impl Chart {
    /// The data table as CSV, formula-safe.
    pub fn table_csv(&self) -> String {
        let mut out = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            for row in &self.table {
                let cells: Vec<String> = row
                    .iter()
                    .map(|c| disclose_core::export::defuse_cell(c).into_owned())
                    .collect();
                let _ = w.write_record(&cells);
            }
            let _ = w.flush();
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The CSV file: the title and the provenance as `#` lines, then the table.
    pub fn csv_file(&self) -> String {
        let mut out = format!("# {}\n", one_line(&self.title));
        for (k, v) in self.provenance.lines() {
            out.push_str(&format!("# {k}: {}\n", one_line(&v)));
        }
        out + &self.table_csv()
    }

    /// The chart as a file of `format`; `scale` is the PNG's pixel ratio (1 to 3).
    pub fn file(&self, format: ChartFormat, scale: u32) -> Result<Vec<u8>> {
        match format {
            ChartFormat::Svg => Ok(self.svg.clone().into_bytes()),
            ChartFormat::Png => self.png_scaled(scale),
            ChartFormat::Csv => Ok(self.csv_file().into_bytes()),
            ChartFormat::Embed => Ok(self.embed_html().into_bytes()),
        }
    }

    /// The same SVG rasterised with the embedded font (no fontconfig needed).
    pub fn png(&self) -> Result<Vec<u8>> {
        self.png_scaled(1)
    }

    /// The PNG at `scale` (1 to 3) times the size, with the title, summary and
    /// provenance as text chunks.
    pub fn png_scaled(&self, scale: u32) -> Result<Vec<u8>> {
        use resvg::{tiny_skia, usvg};
        if !(1..=3).contains(&scale) {
            return Err(Error::Usage(say!("error-png-scale", scale = scale)));
        }
        let mut opt = usvg::Options {
            font_family: canvas::FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(canvas::FONT.to_vec());
        db.load_font_data(canvas::FONT_BOLD.to_vec());
        opt.fontdb = Arc::new(db);
        let tree = usvg::Tree::from_str(&self.svg, &opt)
            .map_err(|e| Error::Internal(format!("chart SVG did not parse: {e}")))?;
        let (w, h) = (self.width * scale, self.height * scale);
        let mut pixmap =
            tiny_skia::Pixmap::new(w, h).ok_or_else(|| Error::Usage(say!("error-chart-size")))?;
        let s = scale as f32;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(s, s),
            &mut pixmap.as_mut(),
        );
        let rgba: Vec<u8> = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        let mut out = Vec::new();
        {
            let fail = |e: png::EncodingError| Error::Internal(format!("PNG encoding failed: {e}"));
            let mut enc = png::Encoder::new(&mut out, w, h);
            enc.set_color(png::ColorType::Rgba);
            enc.set_depth(png::BitDepth::Eight);
            let texts = [
                ("Title", self.title.clone()),
                ("Description", self.summary.clone()),
            ];
            for (k, v) in texts.into_iter().chain(
                self.provenance
                    .lines()
                    .into_iter()
                    .map(|(k, v)| (k, v.to_string())),
            ) {
                // iTXt: UTF-8 (tEXt is Latin-1 only, and titles have "·" and "–").
                enc.add_itxt_chunk(k.to_string(), v).map_err(fail)?;
            }
            let mut writer = enc.write_header().map_err(fail)?;
            writer.write_image_data(&rgba).map_err(fail)?;
        }
        Ok(out)
    }

    /// One self-contained HTML page: the SVG inline with a transparent box over each
    /// mark whose `<title>` says its value and source on hover; a CSP that forbids every
    /// request and script; the provenance under the chart.
    pub fn embed_html(&self) -> String {
        let source = self.provenance.sources.first().cloned().unwrap_or_else(|| {
            self.provenance.files.first().cloned().unwrap_or_else(|| {
                crate::words::t(self.provenance.lang, "chart-embed-records").into()
            })
        });
        let mut tips = String::from("<g class=\"tips\">");
        for t in &self.tips {
            let (x0, y0, x1, y1) = t.bounds;
            tips.push_str(&format!(
                "<rect x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"transparent\" tabindex=\"0\"><title>{} · Source: {}</title></rect>",
                x1 - x0,
                y1 - y0,
                xml_escape(&t.text),
                xml_escape(&source)
            ));
        }
        tips.push_str("</g>");
        let svg = match self.svg.rfind("</svg>") {
            Some(i) => format!("{}{tips}{}", &self.svg[..i], &self.svg[i..]),
            None => self.svg.clone(),
        };
        let facts: String = self
            .provenance
            .lines()
            .iter()
            .map(|(k, v)| format!("<dt>{}</dt><dd>{}</dd>", xml_escape(k), xml_escape(v)))
            .collect();
        format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n\
<style>body{{margin:0;font:13px/1.4 'DejaVu Sans',sans-serif}} svg{{max-width:100%;height:auto;display:block}} .tips rect:hover,.tips rect:focus{{fill:rgba(0,0,0,.08);outline:none}} details{{margin:8px 24px;color:#5F5F5F}} dt{{font-weight:bold}} dd{{margin:0 0 4px}}</style>\n\
</head><body>\n{svg}\n<details><summary>Where these numbers come from</summary><dl>{facts}</dl></details>\n</body></html>\n",
            title = xml_escape(&self.title),
        )
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
