#!/usr/bin/env python3
"""Check characters for made-up identifiers in the held-out notices.

  python3 ids.py uscc 91530100MA6K3R7P   -> the 18-character 统一社会信用代码 (GB 32100-2015),
                                            the organisation-code check (GB 11714) filled in
                                            when the 17th character is '?'
  python3 ids.py id 53010219850314231     -> the 18-digit 居民身份证号码 (GB 11643-1999)
"""
import sys

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8: str) -> str:
    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    s = sum(val(c) * w for c, w in zip(code8, ORG_W))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check(code17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(prefix: str) -> str:
    """prefix: 16 characters (org check computed) or 17 (taken as given)."""
    if len(prefix) == 16:
        prefix = prefix + org_check(prefix[8:16])
    assert len(prefix) == 17, prefix
    return prefix + uscc_check(prefix)


def uscc_valid(code: str) -> bool:
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(id17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(id17, ID_W)) % 11]


def id_valid(n: str) -> bool:
    return len(n) == 18 and n[:17].isdigit() and id_check(n[:17]) == n[17].upper()


if __name__ == "__main__":
    kind, arg = sys.argv[1], sys.argv[2]
    if kind == "uscc":
        print(uscc(arg))
    else:
        print(arg + id_check(arg))
