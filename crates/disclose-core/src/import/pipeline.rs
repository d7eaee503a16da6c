//! A reader on two threads: a parsing thread reads, checks and hashes records and sends
//! them over in batches, and the caller's thread writes them, so both cores work on a
//! large import (the CSV reader, and the requests of a bundle).

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use super::{Prepared, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::error::{Error, Problem, Result};

/// Records a batch holds.
const BATCH: usize = 512;
/// Batches on their way to the writer: bounds the memory the records in between hold.
const IN_FLIGHT: usize = 16;

/// What one record became: its problems, and the request if it could be built.
pub(crate) type Parsed = (Vec<Problem>, Option<Prepared>);

/// What the parsing thread sends to the writer.
// Rows are nearly every message, so boxing them would only add an allocation each.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Msg {
    Problem(Problem),
    Row(Parsed),
    /// Bytes read so far.
    Progress(u64),
}

/// The parsing thread's end of the channel.
pub(crate) struct Batches {
    tx: SyncSender<Vec<Msg>>,
    batch: Vec<Msg>,
}

/// A channel from a parsing thread to the writer.
pub(crate) fn channel() -> (Batches, Receiver<Vec<Msg>>) {
    let (tx, rx) = sync_channel(IN_FLIGHT);
    let batches = Batches {
        tx,
        batch: Vec::with_capacity(BATCH + 1),
    };
    (batches, rx)
}

impl Batches {
    /// Adds a message; a full batch goes to the writer with `read`, the bytes read so far.
    /// False once the writer has hung up: the parser should stop.
    pub(crate) fn push(&mut self, msg: Msg, read: impl FnOnce() -> u64) -> bool {
        self.batch.push(msg);
        if self.batch.len() < BATCH {
            return true;
        }
        self.batch.push(Msg::Progress(read()));
        // A batch the size it will fill to (its rows and a progress note): growing one
        // from nothing copies it nine times over.
        let full = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH + 1));
        self.tx.send(full).is_ok()
    }

    /// Sends what is left, with the bytes read in all.
    pub(crate) fn finish(mut self, read: u64) {
        self.batch.push(Msg::Progress(read));
        let _ = self.tx.send(self.batch);
    }
}

/// Writes what the parsing thread sends until it is done, the writer has seen enough
/// errors, or the user cancels. `auto_organisation` lets rows name organisations not yet
/// defined (a CSV's); `total` is the file's size, for progress. Returning drops the
/// receiver, which tells the parser to stop early.
pub(crate) fn write(
    w: &mut Writer,
    rx: Receiver<Vec<Msg>>,
    auto_organisation: bool,
    total: u64,
    progress: ProgressFn,
) -> Result<()> {
    for batch in &rx {
        for msg in batch {
            match msg {
                Msg::Problem(p) => w.push(p),
                Msg::Row(parsed) => deliver(w, parsed, auto_organisation)?,
                Msg::Progress(done) => bytes_read(w, progress, done, total)?,
            }
        }
        if w.should_stop() {
            break;
        }
    }
    Ok(())
}

/// Hands one parsed record to the writer: its problems, then the request if there is one.
pub(crate) fn deliver(
    w: &mut Writer,
    (problems, prepared): Parsed,
    auto_organisation: bool,
) -> Result<()> {
    for p in problems {
        w.push(p);
    }
    match prepared {
        Some(p) => w.request(p, auto_organisation),
        None => Ok(()),
    }
}

/// Tells the user how far a reader has got (`done` of `total` bytes, and the records
/// written); [`Error::Cancelled`] when they asked it to stop.
pub(crate) fn bytes_read(w: &Writer, progress: ProgressFn, done: u64, total: u64) -> Result<()> {
    let go_on = progress(ProgressEvent {
        done,
        total,
        unit: ProgressUnit::Bytes,
        records: w.records(),
    });
    if go_on {
        Ok(())
    } else {
        Err(Error::Cancelled)
    }
}
