//! Shared helpers for gongkai's example programs.
