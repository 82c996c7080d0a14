#!/usr/bin/env python3
"""Compare gwr-quantity with the Python tools people use today: JioNLP (money extractor and
parser) and cn2an (Chinese numeral converter).

Recomputes every number in docs/peers/README.md:

  1. money extraction on the hand-checked corpus gold (precision, recall, value accuracy)
  2. numeral conversion on the expression gold (parse.tsv) and on the Chinese numerals our scan
     reports in the corpus (`number` spans)
  3. what each tool does with the expressions that are no quantity (dates, slogans, codes...)
  4. speed: throughput over the whole corpus, and ns per call on six short expressions

Run it with the Python of a virtualenv holding the pinned peers (docs/peers/requirements.txt)
and the built example binary of this repository:

  python3 -m venv /work/pyenv-peers
  /work/pyenv-peers/bin/pip install -r docs/peers/requirements.txt
  CARGO_TARGET_DIR=/work/target-peers cargo build --release --example quantities
  /work/pyenv-peers/bin/python docs/peers/python_tools.py \\
      --bin /work/target-peers/release/examples/quantities

The corpus is read at run time from --corpus, else $GWR_CORPUS, else ../shared/corpus next to
the repository root (its seeds/*.txt). No corpus text is stored in this repository; the gold
tables are the crate's own test data (crates/gwr-quantity/tests/data).
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import datetime as _dt
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import timeit
import warnings
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "crates" / "gwr-quantity" / "tests" / "data"

# The six expressions of the `parse` group in benches/quantity.rs.
BENCH_EXPRESSIONS = ["5.8亿元", "6%左右", "约3000万元", "3-5家", "超五千万元", "2.6万亩"]
# Their number as a caller would hand it to cn2an.cn2an after cutting qualifier and unit off
# (a range has no single number: not timed).
BENCH_NUMBERS = {"5.8亿元": "5.8亿", "6%左右": "6", "约3000万元": "3000万", "3-5家": None,
                 "超五千万元": "五千万", "2.6万亩": "2.6万"}

# ---------------------------------------------------------------------------------------------
# Characters and small readers of our own (independent of every tool under test)
# ---------------------------------------------------------------------------------------------

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "倆": 2,
    "俩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "廿": 20, "卅": 30}
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CN_NUMERAL_CHARS = set(CN_DIGITS) | set(CN_SMALL) | set(CN_BIG) | {"点"}
ARABIC = set("0123456789０１２３４５６７８９")


def has_cn_numeral(s: str) -> bool:
    return any(c in CN_NUMERAL_CHARS for c in s)


def cn_int(s: str) -> int:
    """A plain Chinese integer numeral (五千万, 千万, 三亿五千万, 百万). Only what the money
    gold of the corpus needs; every value it gives is listed by --details for a hand check."""
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            num = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (num or 1) * CN_SMALL[ch]
            num = 0
        elif ch in CN_BIG:
            total += (section + num or 1) * CN_BIG[ch]
            section, num = 0, 0
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + section + num


def dec(x) -> Decimal | None:
    try:
        return Decimal(str(x)).normalize()
    except (InvalidOperation, ValueError, TypeError):
        return None


def dstr(x) -> str:
    if x is None:
        return "-"
    if isinstance(x, (list, tuple)):
        return "..".join(dstr(v) for v in x)
    d = dec(x)
    return format(d, "f") if d is not None else str(x)


MONEY_PRE = ["超过", "超", "逾", "将近", "近", "大约", "约", "突破"]
MONEY_POST = ["以上", "以下", "以内", "左右"]
QUAL_OF = {"超过": "at_least", "超": "at_least", "逾": "at_least", "突破": "at_least",
           "将近": "approx", "近": "approx", "大约": "approx", "约": "approx",
           "以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "approx"}


def money_kind(text: str) -> str:
    """How a gold text of the corpus counts for the money question: 'money' when its unit
    ends in 元 (美元, 港元 included), 'bare' when it ends in a bare 万/亿 (the gold keeps such
    figures, e.g. 743万, and they read as money in context), else 'other'."""
    t = text
    for q in MONEY_POST:
        if t.endswith(q):
            t = t[: -len(q)]
    if t.endswith("元"):
        return "money"
    if re.search(r"[0-9一二两三四五六七八九十百千][万亿]$", t):
        return "bare"
    return "other"


def money_reference(text: str):
    """The reference reading of a money gold text: (low, high or None, qualifier), in 元
    (the currency's unit). Our own reader, independent of all three tools."""
    t, qual = text, "exact"
    for q in MONEY_PRE:
        if t.startswith(q):
            t, qual = t[len(q):], QUAL_OF[q]
            break
    for q in MONEY_POST:
        if t.endswith(q):
            t, qual = t[: -len(q)], QUAL_OF[q]
            break
    t = re.sub(r"(美元|港元|元)$", "", t)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:[-~～至到](\d+(?:\.\d+)?))?(余|多)?([万亿]*)", t)
    if m:
        mult = 1
        for c in m.group(4):
            mult *= CN_BIG[c]
        lo = Decimal(m.group(1)) * mult
        hi = Decimal(m.group(2)) * mult if m.group(2) else None
        if m.group(3):
            qual = "at_least"
        if hi is not None:
            qual = "range"
        return lo.normalize(), (hi.normalize() if hi is not None else None), qual
    if t and t[-1] in "余多":
        t, qual = t[:-1], "at_least"
    return Decimal(cn_int(t)).normalize(), None, qual


# ---------------------------------------------------------------------------------------------
# Gold tables
# ---------------------------------------------------------------------------------------------

@dataclass
class GoldItem:
    text: str
    start: int  # char offsets in the line
    end: int
    kind: str  # money | bare | other


@dataclass
class GoldLine:
    file: str
    lineno: int
    text: str
    items: list = field(default_factory=list)


def read_corpus(corpus_dir: Path) -> dict[str, str]:
    seeds = corpus_dir / "seeds"
    files = {p.name: p.read_bytes().decode("utf-8") for p in sorted(seeds.glob("*.txt"))}
    if not files:
        sys.exit(f"no corpus at {seeds} (use --corpus or $GWR_CORPUS)")
    return files


def tsv_rows(name: str) -> list[list[str]]:
    """The rows of one of the crate's gold tables, split at tabs (comments and blanks skipped)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [row.split("\t") for row in text.splitlines() if row and not row.startswith("#")]


def read_corpus_gold(files: dict[str, str]) -> list[GoldLine]:
    out = []
    for fields in tsv_rows("corpus.tsv"):
        name, lineno = fields[0], int(fields[1])
        texts = [t for t in (fields[2] if len(fields) > 2 else "").split(" | ") if t]
        line = files[name].split("\n")[lineno - 1]
        gl = GoldLine(name, lineno, line)
        pos = 0
        for t in texts:
            i = line.find(t, pos)
            if i < 0:
                sys.exit(f"corpus.tsv: {t!r} not found on {name}:{lineno}")
            gl.items.append(GoldItem(t, i, i + len(t), money_kind(t)))
            pos = i + len(t)
        out.append(gl)
    return out


@dataclass
class ParseRow:
    expr: str
    dimension: str  # or "error"
    base: str = ""
    base_unit: str = ""
    qualifier: str = ""
    value: str = ""
    unit: str = ""
    error: str = ""


def read_parse_gold() -> list[ParseRow]:
    rows = []
    for f in tsv_rows("parse.tsv"):
        if f[1] == "error":
            rows.append(ParseRow(f[0], "error", error=f[2]))
        else:
            rows.append(ParseRow(f[0], *f[1:7]))
    return rows


def read_scan_negatives() -> list[str]:
    out = []
    for f in tsv_rows("scan.tsv"):
        if len(f) < 2 or not f[1].strip():
            out.append(f[0])
    return out


# ---------------------------------------------------------------------------------------------
# The tools
# ---------------------------------------------------------------------------------------------

class Peers:
    def __init__(self):
        warnings.filterwarnings("ignore")  # cn2an.transform warns on every numeral it rejects
        self.jio = self.cn2an = None
        self.jio_error = self.cn2an_error = None
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                import jionlp  # prints a banner on import
            self.jio = jionlp
        except Exception as e:  # noqa: BLE001 - say exactly why and go on
            self.jio_error = f"{type(e).__name__}: {e}"
        try:
            import cn2an
            self.cn2an = cn2an
        except Exception as e:  # noqa: BLE001
            self.cn2an_error = f"{type(e).__name__}: {e}"

    def versions(self) -> dict:
        from importlib import metadata
        v = {"python": platform.python_version()}
        for pkg in ("jionlp", "cn2an", "jiojio"):
            try:
                v[pkg] = metadata.version(pkg)
            except metadata.PackageNotFoundError:
                v[pkg] = None
        return v

    # JioNLP ----------------------------------------------------------------------------------
    def jio_extract(self, text: str, mode: str):
        """jio.ner.extract_money with its defaults (with_parsing=True). mode 'line': the text as
        given; mode 'clause': first cut with JioNLP's own jio.split_sentence(criterion='fine')."""
        if mode == "line":
            return [(r["offset"][0], r["offset"][1], r["text"], r.get("detail") or {})
                    for r in self.jio.ner.extract_money(text)]
        out, pos = [], 0
        for part in self.jio.split_sentence(text, criterion="fine"):
            i = text.find(part, pos)
            if i < 0:
                i = pos
            for s, e, t, d in self.jio_extract(part, "line"):
                out.append((s + i, e + i, t, d))
            pos = i + len(part)
        return out

    def jio_parse(self, s: str):
        try:
            return self.jio.parse_money(s)
        except Exception:  # noqa: BLE001 - it raises ValueError on what it rejects
            return None

    # cn2an -----------------------------------------------------------------------------------
    def cn2an_smart(self, s: str):
        try:
            return self.cn2an.cn2an(s, "smart")
        except Exception:  # noqa: BLE001
            return None

    def transform(self, s: str) -> str:
        return self.cn2an.transform(s, "cn2an")


class Ours:
    def __init__(self, binary: Path):
        self.binary = binary

    def scan(self, text: str) -> list[dict]:
        """All quantities of a text, with char offsets added (cstart, cend)."""
        data = text.encode("utf-8")
        r = subprocess.run([str(self.binary), "-"], input=data, capture_output=True, check=True)
        out = []
        for line in r.stdout.decode("utf-8").splitlines():
            q = json.loads(line)
            q["cstart"] = len(data[: q["start"]].decode("utf-8"))
            q["cend"] = q["cstart"] + len(q["text"])
            out.append(q)
        return out

    def scan_lines(self, lines: list[str]) -> list[list[dict]]:
        """Each line its own text, in one process: quantities grouped by line, char offsets
        relative to the line."""
        text = "\n".join(lines) + "\n"
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        res = [[] for _ in lines]
        for q in self.scan(text):
            i = bisect.bisect_right(starts, q["cstart"]) - 1
            q["cstart"] -= starts[i]
            q["cend"] -= starts[i]
            res[i].append(q)
        return res


def ours_values(q: dict):
    if q.get("base_low") is not None:
        return dec(q["base_low"]), dec(q["base_high"])
    return dec(q["base_value"]), None


def jio_values(detail: dict):
    num = detail.get("num") if detail else None
    if isinstance(num, list):
        return dec(num[0]), dec(num[1])
    return dec(num), None


JIO_QUAL = {"accurate": "exact", "blur": "approx", "blur+": "at_least", "blur-": "at_most"}

# ---------------------------------------------------------------------------------------------
# 1. Money on the corpus gold
# ---------------------------------------------------------------------------------------------

NUMERAL_RE = re.compile(r"[0-9０-９" + "".join(sorted(CN_NUMERAL_CHARS)) + "]")


def match_line(gold: list[GoldItem], preds: list[tuple]):
    """One-to-one matching of predictions (start, end, ...) to gold items of one line, by
    largest overlap first; an overlap counts only if it holds a numeral character of the gold
    text. Returns {pred index: gold index}."""
    pairs = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(gold):
            lo, hi = max(p[0], g.start), min(p[1], g.end)
            if hi > lo and NUMERAL_RE.search(g.text[lo - g.start: hi - g.start]):
                pairs.append((hi - lo, -abs(p[0] - g.start), pi, gi))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), {}
    for _, _, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            out[pi] = gi
            used_p.add(pi)
            used_g.add(gi)
    return out


def value_ok(ref, lo, hi) -> bool:
    rlo, rhi, rq = ref
    if lo is None:
        return False
    if rhi is not None:
        return lo == rlo and hi == rhi
    if hi is None:
        return lo == rlo
    # A range for a single figure: JioNLP reads 20余万 as 20万..30万. Its low end is the figure
    # the text states, so it counts when the gold qualifier is 余/多 (at_least).
    return rq == "at_least" and lo == rlo


def qual_ok(ref, qual: str | None, hi, text: str) -> bool:
    rq = ref[2]
    if text.startswith(("近", "将近")) and qual == "at_most":
        return True  # JioNLP reads 近 as "just under" (blur-): a fair reading too
    if rq == "range":
        return hi is not None
    if qual == "range" or hi is not None:
        return rq == "at_least"  # 余/多 read as a range: accepted, see value_ok
    return qual == rq


def money_eval(gold_lines, predict, label):
    """predict(gold line) -> list of (start, end, text, (low, high), qualifier), char offsets
    in the line."""
    t = {"tool": label, "gold": 0, "tp": 0, "fp": 0, "fn": 0, "value_ok": 0, "qual_ok": 0,
         "exact_span": 0, "neutral": 0, "tp_ext": 0, "gold_ext": 0}
    fps, fns, wrong = [], [], []
    for gl in gold_lines:
        preds = predict(gl)
        m = match_line(gl.items, preds)
        for gi, g in enumerate(gl.items):
            if g.kind == "money":
                t["gold"] += 1
            if g.kind in ("money", "bare"):
                t["gold_ext"] += 1
            if g.kind != "money":
                continue
            if gi not in m.values():
                t["fn"] += 1
                fns.append((gl.file, gl.lineno, g.text))
        for pi, p in enumerate(preds):
            gi = m.get(pi)
            g = gl.items[gi] if gi is not None else None
            if g is None or g.kind == "other":
                t["fp"] += 1
                fps.append((gl.file, gl.lineno, p[2], g.text if g else None))
                continue
            if g.kind == "bare":
                t["neutral"] += 1
                t["tp_ext"] += 1
                continue
            t["tp"] += 1
            t["tp_ext"] += 1
            if p[2].strip() == g.text:
                t["exact_span"] += 1
            ref = money_reference(g.text)
            lo, hi = p[3]
            if value_ok(ref, lo, hi):
                t["value_ok"] += 1
            else:
                wrong.append((gl.file, gl.lineno, g.text, dstr(ref[:2] if ref[1] else ref[0]),
                              p[2], dstr((lo, hi) if hi is not None else lo)))
            if qual_ok(ref, p[4], hi, g.text):
                t["qual_ok"] += 1
    t["precision"] = t["tp"] / max(1, t["tp"] + t["fp"])
    t["recall"] = t["tp"] / max(1, t["gold"])
    t["value_acc_of_tp"] = t["value_ok"] / max(1, t["tp"])
    t["value_acc_of_gold"] = t["value_ok"] / max(1, t["gold"])
    t["recall_ext"] = t["tp_ext"] / max(1, t["gold_ext"])
    return t, fps, fns, wrong


def section_money(gold_lines, files, peers, ours, report):
    results, details = [], {}
    # Ours: whole files, as the scan is meant to run; predictions mapped back to lines.
    by_line, by_all = {}, {}
    for name, text in files.items():
        lines = text.split("\n")
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        for q in ours.scan(text):
            if q["dimension"] != "money":
                continue
            i = bisect.bisect_right(starts, q["cstart"]) - 1
            by_all.setdefault(name, []).append((i + 1, q, q["cstart"] - starts[i]))
            by_line.setdefault((name, i + 1), []).append(
                (q["cstart"] - starts[i], q["cend"] - starts[i], q["text"], ours_values(q),
                 q["qualifier"]))
    res = money_eval(gold_lines, lambda gl: by_line.get((gl.file, gl.lineno), []),
                     "gwr-quantity (scan, dimension money)")
    results.append(res[0])
    details["gwr-quantity"] = res[1:]
    if peers.jio:
        for mode, label in (("line", "JioNLP extract_money, per line"),
                            ("clause", "JioNLP extract_money, per clause (jio.split_sentence)")):
            def jp(gl, mode=mode):
                return [(s, e, t, jio_values(d), JIO_QUAL.get(d.get("definition")))
                        for s, e, t, d in peers.jio_extract(gl.text, mode)]
            r = money_eval(gold_lines, jp, label)
            results.append(r[0])
            details[label] = r[1:]
    report["money"] = {"results": results, "unlisted": money_unlisted(gold_lines, files, by_all, peers)
                       if peers.jio else None, "details": {
        k: {"false_positives": v[0], "missed": v[1], "wrong_value": v[2]} for k, v in details.items()}}
    report["money"]["reference"] = [
        (gl.file, gl.lineno, g.text, dstr(money_reference(g.text)[0]),
         dstr(money_reference(g.text)[1]), money_reference(g.text)[2])
        for gl in gold_lines for g in gl.items if g.kind == "money"]


def money_unlisted(gold_lines, files, by_all, peers):
    """Out of sample: the lines no gold row lists (mostly 001 after line 232). No gold here;
    ours and JioNLP (per clause) are compared with each other and every difference is listed
    for a hand verdict (README)."""
    listed = {(g.file, g.lineno) for g in gold_lines}
    counts = {"lines": 0, "same_value": 0, "yu_as_range": 0, "different_value": 0,
              "ours_only": 0, "jio_only": 0}
    diffs = []
    for name, text in files.items():
        ours_by_line = {}
        for lineno, q, pos in by_all.get(name, []):
            ours_by_line.setdefault(lineno, []).append((q, pos))
        for i, line in enumerate(text.split("\n")):
            if (name, i + 1) in listed:
                continue
            counts["lines"] += 1
            oq = ours_by_line.get(i + 1, [])
            jq = peers.jio_extract(line, "clause") if any(c in ARABIC or c in CN_NUMERAL_CHARS
                                                          for c in line) else []
            used = set()
            for q, pos in oq:
                lo, hi = ours_values(q)
                match = [k for k, (s, e, _, _) in enumerate(jq)
                         if k not in used and s < pos + len(q["text"]) and pos < e]
                if not match:
                    counts["ours_only"] += 1
                    diffs.append((name, i + 1, "ours only", q["text"], dstr(lo if hi is None else (lo, hi)), None, None))
                    continue
                k = match[0]
                used.add(k)
                jlo, jhi = jio_values(jq[k][3])
                if (jlo, jhi) == (lo, hi):
                    counts["same_value"] += 1
                elif q["qualifier"] == "at_least" and hi is None and jhi is not None and jlo == lo:
                    counts["yu_as_range"] += 1
                else:
                    counts["different_value"] += 1
                    diffs.append((name, i + 1, "different value", q["text"], dstr(lo if hi is None else (lo, hi)),
                                  jq[k][2], dstr(jlo if jhi is None else (jlo, jhi))))
            for k, (s, e, t, d) in enumerate(jq):
                if k not in used:
                    jlo, jhi = jio_values(d)
                    counts["jio_only"] += 1
                    diffs.append((name, i + 1, "JioNLP only", None, None, t,
                                  dstr(jlo if jhi is None else (jlo, jhi))))
    return {"counts": counts, "differences": diffs}


# ---------------------------------------------------------------------------------------------
# 2. Numeral conversion
# ---------------------------------------------------------------------------------------------

PRE_Q = sorted(["约", "大约", "超", "逾", "近", "将近", "不低于", "不少于", "不超过", "不高于",
                "控制在", "突破", "大于", "低于"], key=len, reverse=True)
POST_Q = sorted(["左右", "上下", "以上", "以内", "以下", "或以上"], key=len, reverse=True)
RANGE_SEP = re.compile(r"[至到\-~～]")


def unit_multiplier(unit: str) -> int:
    for p, m in (("万亿", 10**12), ("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)):
        if unit.startswith(p) and not unit.startswith(p + "分之"):
            return m
    return 1


def number_span(expr: str, unit: str) -> str:
    """The number as written, multiplier characters included (2.6万亩 -> 2.6万, 五千万元 ->
    五千万, 20余万元 -> 20万), from the gold's unit-as-written column. Blanks are dropped."""
    s = expr.strip()
    changed = True
    while changed:
        changed = False
        for q in PRE_Q:
            if s.startswith(q):
                s, changed = s[len(q):], True
        for q in POST_Q:
            if s.endswith(q):
                s, changed = s[: -len(q)], True
    if unit.endswith("分之"):
        # a sign stays before a unit written first (负百分之五 -> 负五)
        sign = re.match(r"[负負\-−]?", s).group()
        body = s[len(sign):]
        s = sign + body[len(unit):] if body.startswith(unit) else s
    else:
        rest = re.sub(r"^(万亿|亿|億|万|萬)", "", unit)
        if rest and s.endswith(rest):
            s = s[: -len(rest)]
    s = re.sub(r"[余多来](?=[万萬亿億]|$)", "", s)
    return re.sub(r"\s+", "", s)


def expected_number(row: ParseRow):
    """The number's value as cn2an should read it: value as written times the multiplier the
    gold moved into the unit (2.6 万亩 -> 26000). Two values for a range."""
    mult = unit_multiplier(row.unit)
    return [Decimal(v) * mult for v in row.value.split("..")]


def numeral_category(num: str) -> str:
    body = RANGE_SEP.sub("", num)
    arabic = any(c in ARABIC for c in body)
    big_only = re.fullmatch(r"[0-9０-９.,．]+[万萬亿億]+", body) is not None
    if RANGE_SEP.search(num):
        return "range"
    if big_only:
        return "arabic+万/亿"
    if arabic:
        return "mixed arabic/chinese"
    if any(c in "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩倆" for c in body):
        return "financial/traditional"
    if any(c in "廿卅" for c in body):
        return "廿/卅"
    if "点" in body:
        return "chinese decimal"
    if re.search(r"[千百万萬亿億][一二两三四五六七八九]$", body) and not re.search("零", body):
        # 一万二, 两万五, 三千五: the trailing digit abbreviates the next lower place
        return "abbreviated tail"
    return "chinese"


def parse_transform_output(out: str) -> list[Decimal]:
    vals = []
    for m in re.finditer(r"-?\d+(?:\.\d+)?(?:\s*[万萬亿億]+)?", out):
        t = re.sub(r"\s+", "", m.group())
        num = re.match(r"-?\d+(?:\.\d+)?", t).group()
        mult = 1
        for c in t[len(num):]:
            mult *= CN_BIG[c]
        vals.append((Decimal(num) * mult).normalize())
    return vals


def close(a, b) -> bool:
    if a is None or b is None:
        return False
    a, b = Decimal(str(a)), Decimal(str(b))
    return abs(a - b) <= abs(b) * Decimal("1e-12")


def section_numerals(parse_rows, files, peers, ours, report):
    rows = [r for r in parse_rows if r.dimension != "error"]
    ours_lines = ours.scan_lines([r.expr for r in rows])
    cases = []
    for r, qs in zip(rows, ours_lines):
        num = number_span(r.expr, r.unit)
        if not has_cn_numeral(num):
            continue
        exp = expected_number(r)
        c = {"expr": r.expr, "number": num, "category": numeral_category(num),
             "expected": [dstr(e) for e in exp], "dimension": r.dimension}
        # ours: one quantity covering the whole (trimmed) expression with the gold base value
        whole = [q for q in qs if q["text"] == r.expr.strip()]
        if whole:
            q = whole[0]
            got = [q["base_low"], q["base_high"]] if q.get("base_low") is not None else [q["base_value"]]
            c["ours"] = [dstr(g) for g in got]
            c["ours_ok"] = [dec(g) for g in got] == [dec(b) for b in r.base.split("..")]
            c["ours_number"] = q["number"]
        else:
            c["ours"] = [q["text"] for q in qs] or None
            c["ours_ok"] = False
        if peers.cn2an:
            parts = RANGE_SEP.split(num) if c["category"] == "range" else [num]
            got = [peers.cn2an_smart(p) for p in parts]
            c["cn2an"] = [dstr(g) if g is not None else "error" for g in got]
            c["cn2an_ok"] = len(got) == len(exp) and all(close(g, e) for g, e in zip(got, exp))
            # transform rewrites Chinese numerals in running text and leaves Arabic figures
            # (2.6万, 5至6万, 20余万) as written, so it is scored only where a Chinese numeral
            # other than a bare 万/亿 suffix must be read.
            out = peers.transform(r.expr)
            c["transform"] = out
            if r.dimension == "fraction":
                # 三分之一 -> "1/3" is the right rewrite of a fraction
                c["transform_ok"] = out.strip() == f"{r.value}/{r.base_unit.split('/')[1]}"
            elif any(ch in CN_NUMERAL_CHARS and ch not in CN_BIG for ch in num):
                vals = parse_transform_output(out)
                c["transform_ok"] = len(vals) == len(exp) and all(close(g, e) for g, e in zip(vals, exp))
        if peers.jio:
            # JioNLP has no general numeral API; parse_money reads numerals, so it gets the
            # number span (its default unit is 元) ...
            pm = peers.jio_parse(num)
            lo, hi = jio_values(pm) if pm else (None, None)
            got = [g for g in (lo, hi) if g is not None]
            c["jio_number"] = [dstr(g) for g in got] if pm else "error"
            c["jio_number_ok"] = len(got) == len(exp) and all(close(g, e) for g, e in zip(got, exp))
            # ... and money rows also whole, as the money parser it is.
            if r.dimension == "money":
                pm = peers.jio_parse(r.expr)
                lo, hi = jio_values(pm) if pm else (None, None)
                got = [g for g in (lo, hi) if g is not None]
                base = [Decimal(b) for b in r.base.split("..")]
                c["jio_money"] = [dstr(g) for g in got] if pm else "error"
                c["jio_money_ok"] = len(got) == len(base) and all(close(g, e) for g, e in zip(got, base))
                if r.qualifier == "at_least" and len(got) == 2 and len(base) == 1:
                    # 20余万元 -> 20万..30万: its low end is the figure (as in section 1)
                    c["jio_money_ok"] = close(got[0], base[0])
        cases.append(c)

    # Chinese numerals in the `number` spans our scan reports over the whole corpus:
    # agreement of the peers with our value (no gold here; disagreements are listed).
    corpus_cases, seen = [], set()
    for name, text in files.items():
        for q in ours.scan(text):
            num = q.get("number") or ""
            if not has_cn_numeral(num):
                continue
            key = (num, q["value"], q.get("high"), q["unit"])
            if key in seen:
                continue
            seen.add(key)
            mult = unit_multiplier(q["unit"])
            ours_vals = [Decimal(q["value"]) * mult] + ([Decimal(q["high"]) * mult] if q.get("high") else [])
            parts = RANGE_SEP.split(num) if q.get("high") else [num]
            c = {"file": name, "text": q["text"], "number": num,
                 "ours": [dstr(v) for v in ours_vals],
                 "number_with_multiplier": num + ("" if mult == 1 else q["unit"][0])}
            # a multiplier the scan moved into the unit (2.6 + 万亩) goes back onto the number
            if mult != 1 and len(parts) == 1:
                parts = [parts[0] + q["unit"][0]]
            if peers.cn2an:
                got = [peers.cn2an_smart(re.sub(r"\s+", "", p)) for p in parts]
                c["cn2an"] = [dstr(g) if g is not None else "error" for g in got]
                c["cn2an_agree"] = len(got) == len(ours_vals) and all(close(g, e) for g, e in zip(got, ours_vals))
            if peers.jio:
                pm = peers.jio_parse("".join(parts) if len(parts) == 1 else num)
                lo, hi = jio_values(pm) if pm else (None, None)
                got = [g for g in (lo, hi) if g is not None]
                c["jio"] = [dstr(g) for g in got] if pm else "error"
                c["jio_agree"] = len(got) == len(ours_vals) and all(close(g, e) for g, e in zip(got, ours_vals))
            corpus_cases.append(c)
    report["numerals"] = {"parse_tsv": cases, "corpus_number_spans": corpus_cases}


# ---------------------------------------------------------------------------------------------
# 3. Expressions that are no quantity
# ---------------------------------------------------------------------------------------------

def section_nonquantities(parse_rows, peers, ours, report):
    # TrailingText (5家企业) is an error for parse only: a scan rightly finds 5家 in it.
    errs = [r for r in parse_rows if r.dimension == "error" and r.error != "TrailingText"]
    notq = [(r.expr, r.error) for r in errs if r.error.startswith("NotAQuantity")]
    malformed = [(r.expr, r.error) for r in errs if not r.error.startswith("NotAQuantity")]
    negs = read_scan_negatives()
    out = {}
    for label, items in (("parse.tsv NotAQuantity rows", notq),
                         ("parse.tsv other error rows", malformed),
                         ("scan.tsv texts without quantity", [(t, "-") for t in negs])):
        found = ours.scan_lines([t for t, _ in items])
        rows = []
        for (t, kind), qs in zip(items, found):
            row = {"input": t, "kind": kind, "ours": [q["text"] for q in qs]}
            if peers.jio:
                row["jio_extract"] = [(x[2], dstr(jio_values(x[3])[0] if jio_values(x[3])[1] is None
                                                  else jio_values(x[3])))
                                      for x in peers.jio_extract(t, "line")]
                pm = peers.jio_parse(t)
                row["jio_parse"] = (dstr(jio_values(pm)[0] if jio_values(pm)[1] is None
                                         else jio_values(pm)) if pm else None)
            if peers.cn2an:
                tr = peers.transform(t)
                row["transform"] = tr if tr != t else None
                v = peers.cn2an_smart(t.strip())
                row["cn2an"] = dstr(v) if v is not None else None
            rows.append(row)
        out[label] = rows
    report["nonquantities"] = out


# ---------------------------------------------------------------------------------------------
# 4. Speed
# ---------------------------------------------------------------------------------------------

def median_time(fn, repeats: int) -> float:
    fn()  # warm-up (lazy regex compilation in both peers)
    ts = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def run_criterion(source: Path, corpus: Path, timeout: int = 1800) -> dict:
    cmd = ["cargo", "bench", "--bench", "quantity", "--", "scan",
           "--warm-up-time", "1", "--measurement-time", "5"]
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", "/work/target-peers")
    env["GWR_CORPUS"] = str(corpus)
    r = subprocess.run(cmd, cwd=source, env=env, capture_output=True, text=True, timeout=timeout)
    return parse_criterion(r.stdout + r.stderr) | {"command": " ".join(cmd)}


def parse_criterion(log: str) -> dict:
    # criterion prints e.g.  thrpt:  [41.201 MiB/s 41.694 MiB/s 42.190 MiB/s]
    m = re.search(r"scan/corpus.*?time:\s*\[([^\]]*)\].*?thrpt:\s*\[([^\]]*)\]", log, re.S)
    if not m:
        return {"error": "no scan/corpus result in the criterion output", "log_tail": log[-2000:]}
    t = m.group(1).split()
    thr = m.group(2).split()
    return {"time_median": f"{t[2]} {t[3]}", "thrpt_low": f"{thr[0]} {thr[1]}",
            "thrpt_median": f"{thr[2]} {thr[3]}", "thrpt_high": f"{thr[4]} {thr[5]}"}


def section_speed(files, peers, ours, repeats, criterion, report):
    text = "".join(files.values())  # file name order, as benches/common does
    nbytes = len(text.encode("utf-8"))
    lines = text.split("\n")
    mib = nbytes / 2**20
    rows = []

    def add(label, secs, note=""):
        rows.append({"tool": label, "median_s": secs, "MiB_per_s": mib / secs, "note": note})

    if peers.jio:
        add("JioNLP extract_money, per line",
            median_time(lambda: [peers.jio.ner.extract_money(ln) for ln in lines], repeats),
            "with_parsing=True (default)")
        add("JioNLP extract_money, per clause",
            median_time(lambda: [peers.jio.ner.extract_money(c) for ln in lines
                                 for c in peers.jio.split_sentence(ln, criterion="fine")], repeats),
            "jio.split_sentence(criterion='fine') included")
    if peers.cn2an:
        add("cn2an.transform, per line",
            median_time(lambda: [peers.cn2an.transform(ln) for ln in lines], repeats), "")
        add("cn2an.transform, whole text",
            median_time(lambda: peers.cn2an.transform(text), repeats), "")
    data = text.encode("utf-8")
    add("gwr-quantity example binary, whole text",
        median_time(lambda: subprocess.run([str(ours.binary), "-"], input=data,
                                           capture_output=True, check=True), repeats),
        "process start, decoding and JSON output included")
    sp = {"bytes": nbytes, "MiB": mib, "repeats": repeats, "rows": rows}
    if criterion:
        sp["criterion"] = criterion

    # per expression
    per = []
    for expr in BENCH_EXPRESSIONS:
        row = {"expr": expr}
        calls = {}
        if peers.cn2an:
            calls["cn2an.cn2an(expr, 'smart')"] = lambda e=expr: peers.cn2an.cn2an(e, "smart")
            if BENCH_NUMBERS[expr]:
                calls["cn2an.cn2an(number, 'smart')"] = (
                    lambda n=BENCH_NUMBERS[expr]: peers.cn2an.cn2an(n, "smart"))
            calls["cn2an.transform(expr)"] = lambda e=expr: peers.cn2an.transform(e)
        if peers.jio:
            calls["jio.parse_money(expr)"] = lambda e=expr: peers.jio.parse_money(e)
        for name, fn in calls.items():
            try:
                res = fn()
            except Exception as e:  # noqa: BLE001
                row[name] = {"accepts": False, "error": f"{type(e).__name__}"}
                continue
            t = timeit.Timer(fn)
            n, _ = t.autorange()
            times = t.repeat(repeat=7, number=n)
            row[name] = {"accepts": True, "ns": statistics.median(times) / n * 1e9,
                         "result": str(res)}
        per.append(row)
    sp["per_expression"] = per
    report["speed"] = sp


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def print_report(report, details: bool):
    p = print
    v = report["versions"]
    p(f"# gwr-quantity vs Python tools — {report['date']}")
    p(f"python {v['python']}, jionlp {v.get('jionlp')}, cn2an {v.get('cn2an')}; "
      f"gwr {report.get('gwr_commit')}; binary {report['binary']}")
    for k in ("jionlp_error", "cn2an_error"):
        if report.get(k):
            p(f"!! {k}: {report[k]}")
    if "money" in report:
        m = report["money"]
        p("\n## 1. Money on the corpus gold")
        p("| tool | gold | TP | FP | FN | precision | recall | value ok (of TP) | value ok (of gold) "
          "| qualifier ok | exact span | bare 万/亿 hit (neutral) |")
        p("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for t in m["results"]:
            p(f"| {t['tool']} | {t['gold']} | {t['tp']} | {t['fp']} | {t['fn']} | {pct(t['precision'])} "
              f"| {pct(t['recall'])} | {t['value_ok']} ({pct(t['value_acc_of_tp'])}) "
              f"| {pct(t['value_acc_of_gold'])} | {t['qual_ok']} | {t['exact_span']} "
              f"| {t['neutral']} of {t['gold_ext'] - t['gold']} |")
        u = m.get("unlisted")
        if u:
            c = u["counts"]
            p(f"\nLines no gold row lists ({c['lines']} lines, out of sample), gwr-quantity vs JioNLP "
              f"per clause: same value {c['same_value']}, same figure but 余/多 read as a range by "
              f"JioNLP {c['yu_as_range']}, different value {c['different_value']}, only ours "
              f"{c['ours_only']}, only JioNLP {c['jio_only']}")
            for x in u["differences"]:
                p(f"  {x}")
        if details:
            lists = [("false_positives", "false positives (file, line, predicted, overlapped gold):"),
                     ("missed", "missed:"),
                     ("wrong_value", "wrong value (file, line, gold, reference, predicted, value):")]
            for tool, d in m["details"].items():
                p(f"\n### {tool}")
                for key, heading in lists:
                    p(heading)
                    for x in d[key]:
                        p(f"  {x}")
            p("\n### reference values (file, line, gold, low, high, qualifier)")
            for x in m["reference"]:
                p(f"  {x}")
    if "numerals" in report:
        n = report["numerals"]
        cases = n["parse_tsv"]
        p(f"\n## 2. Numeral conversion: parse.tsv rows with Chinese numerals ({len(cases)} rows)")
        cols = [("ours_ok", "gwr-quantity (scan, base value)"),
                ("cn2an_ok", "cn2an.cn2an(number, 'smart')"),
                ("transform_ok", "cn2an.transform(expression)"),
                ("jio_number_ok", "jio.parse_money(number)"),
                ("jio_money_ok", "jio.parse_money(expression), money rows")]
        cats = sorted({c["category"] for c in cases})
        p("| tool | agree | of | " + " | ".join(cats) + " |")
        p("|---|---|---|" + "---|" * len(cats))
        for key, label in cols:
            have = [c for c in cases if key in c]
            if not have:
                continue
            per = []
            for cat in cats:
                cc = [c for c in have if c["category"] == cat]
                per.append(f"{sum(c[key] for c in cc)}/{len(cc)}" if cc else "-")
            p(f"| {label} | {sum(c[key] for c in have)} | {len(have)} | " + " | ".join(per) + " |")
        if details:
            p("\nrows (expr, number, category, expected, ours, cn2an, transform, jio number, jio money):")
            for c in cases:
                p(f"  {c['expr']!r} {c['number']} [{c['category']}] exp={c['expected']} "
                  f"ours={c.get('ours')}{'' if c.get('ours_ok') else ' ✗'} "
                  f"cn2an={c.get('cn2an')}{'' if c.get('cn2an_ok') else ' ✗'} "
                  f"transform={c.get('transform')!r}{'' if c.get('transform_ok') else ' ✗'} "
                  f"jio={c.get('jio_number')}{'' if c.get('jio_number_ok') else ' ✗'} "
                  f"jio_money={c.get('jio_money', '')}"
                  f"{'' if c.get('jio_money_ok', True) else ' ✗'}")
        cc = n["corpus_number_spans"]
        p(f"\nCorpus `number` spans with Chinese numerals (distinct, from our scan): {len(cc)}; "
          f"cn2an smart agrees with ours on {sum(c.get('cn2an_agree', False) for c in cc)}, "
          f"jio.parse_money on {sum(c.get('jio_agree', False) for c in cc)}")
        if details:
            for c in cc:
                if not (c.get("cn2an_agree") and c.get("jio_agree")):
                    p(f"  {c['file']} {c['text']!r} number={c['number']} ours={c['ours']} "
                      f"cn2an={c.get('cn2an')} jio={c.get('jio')}")
    if "nonquantities" in report:
        nq = report["nonquantities"]
        p("\n## 3. Not a quantity")
        p("| set | n | gwr-quantity scan finds a quantity | jio extract_money finds money "
          "| jio.parse_money returns a value | cn2an.transform rewrites | cn2an.cn2an smart returns a number |")
        p("|---|---|---|---|---|---|---|")
        for label, rows in nq.items():
            def cnt(k):
                return sum(1 for r in rows if r.get(k))
            p(f"| {label} | {len(rows)} | {cnt('ours')} | {cnt('jio_extract')} | {cnt('jio_parse')} "
              f"| {cnt('transform')} | {cnt('cn2an')} |")
        if details:
            for label, rows in nq.items():
                p(f"\n{label}:")
                for r in rows:
                    if any(r.get(k) for k in ("ours", "jio_extract", "jio_parse", "transform", "cn2an")):
                        p(f"  {r['input']!r} [{r['kind']}] ours={r['ours']} jio_extract={r.get('jio_extract')} "
                          f"jio_parse={r.get('jio_parse')} transform={r.get('transform')!r} "
                          f"cn2an={r.get('cn2an')}")
    if "speed" in report:
        s = report["speed"]
        p(f"\n## 4a. Throughput over the corpus ({s['bytes']} bytes UTF-8, median of {s['repeats']})")
        p("| tool | median time | MiB/s | note |")
        p("|---|---|---|---|")
        for r in s["rows"]:
            p(f"| {r['tool']} | {r['median_s'] * 1000:.1f} ms | {r['MiB_per_s']:.2f} | {r['note']} |")
        if "criterion" in s:
            c = s["criterion"]
            if "error" in c:
                p(f"| gwr-quantity criterion scan/corpus | error: {c['error']} | | |")
            else:
                p(f"| gwr-quantity criterion scan/corpus | {c['time_median']} | {c['thrpt_median']} "
                  f"| [{c['thrpt_low']} .. {c['thrpt_high']}] |")
        p("\n## 4b. Per expression (median ns per call, timeit, 7 repeats)")
        names = []
        for r in s["per_expression"]:
            for k in r:
                if k != "expr" and k not in names:
                    names.append(k)
        p("| expression | " + " | ".join(names) + " |")
        p("|---|" + "---|" * len(names))
        for r in s["per_expression"]:
            cells = []
            for k in names:
                x = r.get(k)
                if x is None:
                    cells.append("-")
                elif x["accepts"]:
                    cells.append(f"{x['ns']:.0f} → {x['result'][:40]}")
                else:
                    cells.append(f"rejects ({x['error']})")
            p(f"| {r['expr']} | " + " | ".join(cells) + " |")


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = os.environ.get("CARGO_TARGET_DIR", str(REPO / "target"))
    ap.add_argument("--bin", type=Path,
                    default=Path(os.environ.get("GWR_QUANTITIES_BIN",
                                                Path(target) / "release" / "examples" / "quantities")),
                    help="the built `quantities` example (default: $GWR_QUANTITIES_BIN, else "
                         "$CARGO_TARGET_DIR/release/examples/quantities)")
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("GWR_CORPUS", REPO.parent / "shared" / "corpus")),
                    help="corpus root holding seeds/*.txt (default: $GWR_CORPUS, else ../shared/corpus)")
    ap.add_argument("--sections", default="money,numerals,nonquantities,speed",
                    help="comma-separated subset of money,numerals,nonquantities,speed")
    ap.add_argument("--repeats", type=int, default=7, help="timing repeats for throughput (median)")
    ap.add_argument("--run-bench", action="store_true",
                    help="also run `cargo bench --bench quantity -- scan --warm-up-time 1 "
                         "--measurement-time 5` in the repository and quote criterion's median")
    ap.add_argument("--criterion-log", type=Path,
                    help="instead of --run-bench, read a saved output of that cargo bench command")
    ap.add_argument("--gwr-source", type=Path, default=REPO,
                    help="the gwr source tree the gold tables are read from and --run-bench runs "
                         "in (default: this repository; e.g. a `git archive` export of the commit "
                         "the binary was built from)")
    ap.add_argument("--gwr-label",
                    help="what to call our build in the report (default: `git describe --dirty` "
                         "of --gwr-source)")
    ap.add_argument("--details", action="store_true",
                    help="list every false positive, miss, wrong value and disagreement")
    ap.add_argument("--json", type=Path, help="also write the full results as JSON here")
    args = ap.parse_args()

    if not args.bin.exists():
        sys.exit(f"no binary at {args.bin}: build it with "
                 "`CARGO_TARGET_DIR=... cargo build --release --example quantities` or pass --bin")
    global DATA
    DATA = args.gwr_source / "crates" / "gwr-quantity" / "tests" / "data"
    sections = set(args.sections.split(","))
    peers = Peers()
    ours = Ours(args.bin)
    files = read_corpus(args.corpus)
    commit = args.gwr_label
    if commit is None:
        try:
            commit = subprocess.run(["git", "-C", str(args.gwr_source), "describe", "--always",
                                     "--dirty"], capture_output=True, text=True).stdout.strip()
        except OSError:
            commit = None
    report = {"date": _dt.date.today().isoformat(), "versions": peers.versions(),
              "binary": str(args.bin), "gwr_commit": commit,
              "jionlp_error": peers.jio_error, "cn2an_error": peers.cn2an_error}
    if "money" in sections:
        section_money(read_corpus_gold(files), files, peers, ours, report)
    parse_rows = read_parse_gold()
    if "numerals" in sections:
        section_numerals(parse_rows, files, peers, ours, report)
    if "nonquantities" in sections:
        section_nonquantities(parse_rows, peers, ours, report)
    if "speed" in sections:
        criterion = None
        if args.criterion_log:
            criterion = parse_criterion(args.criterion_log.read_text(encoding="utf-8", errors="replace"))
        elif args.run_bench:
            criterion = run_criterion(args.gwr_source, args.corpus)
        section_speed(files, peers, ours, args.repeats, criterion, report)
    print_report(report, args.details)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
