//! `gongkai_calendar`: the working-day calendar.

use std::ffi::c_char;

use gongkai_core::calendar::Calendar;

use crate::args::{Out, bytes, date, handle, utf8, yyyymmdd};
use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;

/// A working-day calendar: the official holiday schedule of some contiguous years, possibly
/// with years loaded at run time and a locality's days off.
///
/// Immutable after construction (`Send + Sync`): one calendar may be used from any number of
/// threads at once without locking. Free it with `gongkai_calendar_free`.
#[allow(non_camel_case_types)]
pub struct gongkai_calendar {
    pub(crate) calendar: Calendar,
}

impl gongkai_calendar {
    pub(crate) fn boxed(calendar: Calendar) -> *mut gongkai_calendar {
        Box::into_raw(Box::new(gongkai_calendar { calendar }))
    }
}

/// Years added to `base` from text: holiday-cn JSON when the first non-whitespace character
/// (after a byte-order mark, which a file saved by a Windows editor starts with) is `{`, the
/// library's text format otherwise.
fn extend(base: &Calendar, text: &str) -> Result<Calendar, Failure> {
    let start = text.strip_prefix('\u{feff}').unwrap_or(text);
    if start.trim_start().starts_with('{') {
        Ok(base.with_holiday_cn_json(text)?)
    } else {
        // The mark adds no line: line numbers are the caller's.
        Ok(base.with_text(start)?)
    }
}

/// The official holiday schedule embedded in the library (2018 to 2026).
///
/// On success `*out` is a new calendar the caller owns and frees with `gongkai_calendar_free`.
/// On failure `*out` is left unchanged.
///
/// # Safety
/// `out` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_official(
    out: *mut *mut gongkai_calendar,
) -> gongkai_status {
    ffi_boundary!(status {
        let out = Out::new("out", out)?;
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_calendar::boxed(Calendar::official())) };
        Ok(())
    })
}

/// The official schedule with more years (or local days off) added from `text`, `len` bytes of
/// UTF-8 (no NUL terminator needed). The format is detected: if the first non-whitespace
/// character is `{`, the text is one year of holiday-cn JSON
/// (`{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}`);
/// otherwise it is the library's text format, one date a line
/// (`2027-01-01 holiday New Year's Day`, `2027-02-07 workday Spring Festival`,
/// `2027-06-09 local 古尔邦节`, `# year 2027 notice ...`).
///
/// On success `*out` is a new calendar the caller owns and frees with `gongkai_calendar_free`.
/// On failure `*out` is left unchanged and the status says what is wrong (one of the
/// `GONGKAI_STATUS_CALENDAR_*` values, `GONGKAI_STATUS_INVALID_JSON`,
/// `GONGKAI_STATUS_INVALID_UTF8`); `gongkai_last_error_message` gives the line or JSON Pointer.
///
/// # Safety
/// `text` is NULL or points to `len` readable bytes; `out` is NULL or valid for writing a
/// pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_load(
    text: *const c_char,
    len: usize,
    out: *mut *mut gongkai_calendar,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: `text` is NULL or points to `len` readable bytes (the function's contract).
        let text = utf8("text", unsafe { bytes("text", text, len) }?)?;
        let out = Out::new("out", out)?;
        let calendar = extend(&Calendar::official(), text)?;
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_calendar::boxed(calendar)) };
        Ok(())
    })
}

/// `base` with more years (or local days off) added from `text`, as in `gongkai_calendar_load`:
/// use it to add several years of holiday-cn JSON, one document at a time. `base` is unchanged.
///
/// On success `*out` is a new calendar the caller owns and frees with `gongkai_calendar_free`
/// (independently of `base`). On failure `*out` is left unchanged.
///
/// # Safety
/// `base` is NULL or a live calendar; `text` is NULL or points to `len` readable bytes; `out` is
/// NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_extend(
    base: *const gongkai_calendar,
    text: *const c_char,
    len: usize,
    out: *mut *mut gongkai_calendar,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live calendar (the function's contract).
        let base = unsafe { handle("base", base) }?;
        // SAFETY: `text` is NULL or points to `len` readable bytes (the function's contract).
        let text = utf8("text", unsafe { bytes("text", text, len) }?)?;
        let out = Out::new("out", out)?;
        let calendar = extend(&base.calendar, text)?;
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_calendar::boxed(calendar)) };
        Ok(())
    })
}

/// The first and last years the calendar covers (2018 and 2026 for the official one).
///
/// # Safety
/// `calendar` is NULL or a live calendar; `first` and `last` are NULL or valid for writing.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_years(
    calendar: *const gongkai_calendar,
    first: *mut u32,
    last: *mut u32,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live calendar (the function's contract).
        let calendar = unsafe { handle("calendar", calendar) }?;
        let (first, last) = (Out::new("first", first)?, Out::new("last", last)?);
        let years = calendar.calendar.years().ok_or_else(|| {
            Failure::new(
                gongkai_status::YearNotCovered,
                "日历未覆盖任何年度".to_owned(),
                "the calendar covers no year".to_owned(),
            )
        })?;
        let year = |y: i32| u32::try_from(y).unwrap_or(0);
        // SAFETY: both are valid for writing (the function's contract).
        unsafe {
            first.write(year(*years.start()));
            last.write(year(*years.end()));
        }
        Ok(())
    })
}

/// Whether `date` (yyyymmdd) is a working day: Monday to Friday unless the schedule gives it
/// off, or a weekend day the schedule makes worked (调休上班).
///
/// `GONGKAI_STATUS_INVALID_DATE` for 0 or an impossible date; `GONGKAI_STATUS_YEAR_NOT_COVERED`
/// for a year without a loaded schedule (never guessed). `*out` is written only on success.
///
/// # Safety
/// `calendar` is NULL or a live calendar; `out` is NULL or valid for writing a `bool`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_is_workday(
    calendar: *const gongkai_calendar,
    date: u32,
    out: *mut bool,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live calendar (the function's contract).
        let calendar = unsafe { handle("calendar", calendar) }?;
        let out = Out::new("out", out)?;
        let day = crate::args::date("date", date)?;
        let workday = calendar.calendar.is_workday(day)?;
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(workday) };
        Ok(())
    })
}

/// The `n`-th working day after `date` (yyyymmdd), or `date` itself when `n` is 0, written to
/// `*out` as yyyymmdd. The day `date` is not counted (民法典 Art 201). A result past the last
/// covered year is `GONGKAI_STATUS_YEAR_NOT_COVERED`. `*out` is written only on success.
///
/// # Safety
/// `calendar` is NULL or a live calendar; `out` is NULL or valid for writing a `uint32_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_add_workdays(
    calendar: *const gongkai_calendar,
    date: u32,
    n: u32,
    out: *mut u32,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live calendar (the function's contract).
        let calendar = unsafe { handle("calendar", calendar) }?;
        // Above i32::MAX working days no calendar reaches: the answer is the same
        // YEAR_NOT_COVERED as for i32::MAX.
        add_workdays(calendar, date, i32::try_from(n).unwrap_or(i32::MAX), out)
    })
}

/// As `gongkai_calendar_add_workdays`, with a signed `n`: a negative `n` is the `-n`-th working
/// day before `date`.
///
/// # Safety
/// `calendar` is NULL or a live calendar; `out` is NULL or valid for writing a `uint32_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_add_workdays_signed(
    calendar: *const gongkai_calendar,
    date: u32,
    n: i32,
    out: *mut u32,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live calendar (the function's contract).
        let calendar = unsafe { handle("calendar", calendar) }?;
        add_workdays(calendar, date, n, out)
    })
}

fn add_workdays(
    calendar: &gongkai_calendar,
    date: u32,
    n: i32,
    out: *mut u32,
) -> Result<(), Failure> {
    let out = Out::new("out", out)?;
    let day = crate::args::date("date", date)?;
    let result = yyyymmdd(calendar.calendar.add_workdays(day, n)?)?;
    // SAFETY: the exported callers pass on their `out`, valid for writing by their contract.
    unsafe { out.write(result) };
    Ok(())
}

/// The working days met walking from `from` to `to` (both yyyymmdd), `from` not counted and
/// `to` counted: the working days in (from, to], or minus those in [to, from) when `to` is
/// before `from`. `*out` is written only on success.
///
/// # Safety
/// `calendar` is NULL or a live calendar; `out` is NULL or valid for writing an `int32_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_workdays_between(
    calendar: *const gongkai_calendar,
    from: u32,
    to: u32,
    out: *mut i32,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live calendar (the function's contract).
        let calendar = unsafe { handle("calendar", calendar) }?;
        let out = Out::new("out", out)?;
        let (a, b) = (date("from", from)?, date("to", to)?);
        let count = calendar.calendar.workdays_between(a, b)?;
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(count) };
        Ok(())
    })
}

/// Frees a calendar. NULL does nothing. Freeing the same calendar twice, or while another thread
/// uses it, is undefined behaviour.
///
/// # Safety
/// `calendar` is NULL or a calendar from this library that has not been freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_calendar_free(calendar: *mut gongkai_calendar) {
    ffi_boundary!({
        if !calendar.is_null() {
            // SAFETY: not NULL, from `Box::into_raw` in `gongkai_calendar::boxed`, not yet freed
            // (the function's contract).
            drop(unsafe { Box::from_raw(calendar) });
        }
    })
}
