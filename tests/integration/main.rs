#![allow(clippy::expect_used, clippy::unwrap_used)] // test code: a failure is the report
//! Integration tests of the `rnode` command line: flags, exit codes,
//! error reports, scripts on stdin. One binary; modules by concern.

mod cli;
mod debugger;
mod embedding;
mod http;
mod stdio;
