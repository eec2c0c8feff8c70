//! `require('constants')`: errno numbers, signal numbers and the fs
//! flags/modes, all from the OS's own tables (libc / nix).

use boa_engine::{Context, JsObject, JsResult, JsValue};
use nix::errno::Errno;
use nix::sys::signal::Signal;

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = crate::host::new_object(ctx);
    for n in 1..200 {
        let errno = Errno::from_raw(n);
        if errno != Errno::UnknownErrno {
            crate::host::put(ctx, &obj, &format!("{errno:?}"), n);
        }
    }
    for signal in Signal::iterator() {
        crate::host::put(ctx, &obj, signal.as_str(), signal as i32);
    }
    for (name, value) in FS_CONSTANTS {
        crate::host::put(ctx, &obj, name, JsValue::from(*value));
    }
    Ok(obj)
}

/// Signal number for a name like `SIGINT`, if the OS has it.
pub fn signal_by_name(name: &str) -> Option<Signal> {
    name.parse().ok()
}

const FS_CONSTANTS: &[(&str, i32)] = &[
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_NOCTTY", libc::O_NOCTTY),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_APPEND", libc::O_APPEND),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ("O_SYNC", libc::O_SYNC),
    ("O_SYMLINK", 0),
    ("S_IFMT", libc::S_IFMT as i32),
    ("S_IFREG", libc::S_IFREG as i32),
    ("S_IFDIR", libc::S_IFDIR as i32),
    ("S_IFCHR", libc::S_IFCHR as i32),
    ("S_IFBLK", libc::S_IFBLK as i32),
    ("S_IFIFO", libc::S_IFIFO as i32),
    ("S_IFLNK", libc::S_IFLNK as i32),
    ("S_IFSOCK", libc::S_IFSOCK as i32),
    ("S_IRWXU", libc::S_IRWXU as i32),
    ("S_IRUSR", libc::S_IRUSR as i32),
    ("S_IWUSR", libc::S_IWUSR as i32),
    ("S_IXUSR", libc::S_IXUSR as i32),
    ("S_IRWXG", libc::S_IRWXG as i32),
    ("S_IRGRP", libc::S_IRGRP as i32),
    ("S_IWGRP", libc::S_IWGRP as i32),
    ("S_IXGRP", libc::S_IXGRP as i32),
    ("S_IRWXO", libc::S_IRWXO as i32),
    ("S_IROTH", libc::S_IROTH as i32),
    ("S_IWOTH", libc::S_IWOTH as i32),
    ("S_IXOTH", libc::S_IXOTH as i32),
];
