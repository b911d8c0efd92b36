"""Valid 统一社会信用代码 for made-up parties (GB 32100-2015 check character, GB 11714 organisation code)."""
import random
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OW = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(code8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c) * w for c, w in zip(code8, OW)) % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)

def uscc(rng, region="445300"):
    org8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    org = org8 + org_check(org8)
    body = "91" + region + org
    s = sum(CHARS.index(c) * w for c, w in zip(body, W))
    return body + CHARS[(31 - s % 31) % 31]
