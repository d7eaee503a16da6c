//! Counts an import's requests into the roll-ups and facet bitmaps on a thread of its
//! own, so the writer thread (the import's bottleneck) only writes rows.
//!
//! The writer hands each request it wrote over, with its rowid, in batches and in order
//! (the order matters: a replaced request moves out of its bitmaps before its new
//! version moves in); the thread's [`Rollups`] come back when the file is done.

use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use crate::domain::Request;
use crate::error::{Error, Result};
use crate::store::rollups::Rollups;

/// Requests sent to the counting thread at a time.
const BATCH: usize = 1024;
/// Batches in flight: bounds the memory the requests waiting to be counted hold.
const IN_FLIGHT: usize = 8;

/// A request to count in (`sign` = 1) or out (-1), stored at `rowid`.
type Move = (i64, Request, i64);

/// The counting thread, seen from the writer.
#[derive(Debug)]
pub(crate) struct Counting {
    batch: Vec<Move>,
    sender: Option<SyncSender<Vec<Move>>>,
    thread: Option<JoinHandle<Result<Rollups>>>,
}

impl Counting {
    pub(crate) fn start() -> Result<Self> {
        let (sender, receiver) = sync_channel::<Vec<Move>>(IN_FLIGHT);
        let thread = std::thread::Builder::new()
            .name("disclose-counting".into())
            .spawn(move || {
                let mut rollups = Rollups::default();
                for batch in receiver {
                    for (rowid, request, sign) in batch {
                        rollups.add(rowid, &request, sign)?;
                    }
                }
                Ok(rollups)
            })
            .map_err(|e| Error::Internal(format!("the counting thread did not start: {e}")))?;
        Ok(Counting {
            batch: Vec::with_capacity(BATCH),
            sender: Some(sender),
            thread: Some(thread),
        })
    }

    /// Counts `request`, stored at `rowid`, in (`sign` = 1) or out (-1).
    pub(crate) fn add(&mut self, rowid: i64, request: Request, sign: i64) -> Result<()> {
        self.batch.push((rowid, request, sign));
        if self.batch.len() >= BATCH {
            self.send()?;
        }
        Ok(())
    }

    fn send(&mut self) -> Result<()> {
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        let sent = self.sender.as_ref().map(|s| s.send(batch));
        match sent {
            Some(Ok(())) => Ok(()),
            // The thread stopped early: its error is what finish() reports.
            Some(Err(_)) | None => self.finish_early(),
        }
    }

    fn finish_early(&mut self) -> Result<()> {
        self.sender = None;
        match self.join() {
            Ok(_) => Err(Error::Internal("the counting thread stopped early".into())),
            Err(e) => Err(e),
        }
    }

    fn join(&mut self) -> Result<Rollups> {
        let thread = self
            .thread
            .take()
            .ok_or_else(|| Error::Internal("the counting thread was already joined".into()))?;
        thread
            .join()
            .map_err(|_| Error::Internal("the counting thread panicked".into()))?
    }

    /// Everything counted: waits for the thread to count what is still on its way.
    pub(crate) fn finish(mut self) -> Result<Rollups> {
        if !self.batch.is_empty() {
            self.send()?;
        }
        self.sender = None;
        self.join()
    }
}
