//! Promise-job queue. Boa hands us promise reactions here; the event loop
//! drains them after every callback, after `process.nextTick` callbacks,
//! like Node's microtask queue.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use boa_engine::job::{Job, JobExecutor};
use boa_engine::{Context, JsResult};

#[derive(Default)]
pub struct JobQueue {
    jobs: RefCell<VecDeque<Job>>,
}

impl JobQueue {
    pub fn is_empty(&self) -> bool {
        self.jobs.borrow().is_empty()
    }

    /// Runs queued jobs until the queue is empty, stopping at the first
    /// error (the error goes to the uncaught-exception path; the remaining
    /// jobs stay queued and run after it).
    pub fn drain(&self, ctx: &mut Context) -> JsResult<()> {
        loop {
            let Some(job) = self.jobs.borrow_mut().pop_front() else {
                return Ok(());
            };
            match job {
                Job::PromiseJob(job) => job.call(ctx).map(drop)?,
                Job::GenericJob(job) => job.call(ctx).map(drop)?,
                // Nothing in rnode creates timeout, interval or async jobs:
                // timers are the event loop's own.
                _ => {}
            }
        }
    }
}

impl JobExecutor for JobQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, _: &mut Context) {
        self.jobs.borrow_mut().push_back(job);
    }

    fn run_jobs(self: Rc<Self>, ctx: &mut Context) -> JsResult<()> {
        self.drain(ctx)
    }
}
