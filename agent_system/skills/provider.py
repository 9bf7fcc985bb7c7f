"""SkillProvider: which skill text a task gets (METHOD.md §2.1-2.2, with the reference's pitfalls fixed).

A skills folder holds markdown files and a `skill_mapping.json`:

    {
      "skill_files":  {"general": "general_skills.md", "heat": "heat.md", ...},   # skill name -> file
      "general":      "general",             # optional: which skill every task gets (default: the skill
                                             #   named "general" or "general_skills", if there is one)
      "task_to_skill": {"pick_heat_then_place_in_recep": "heat", ...},  # task type (or data source, or
                                             #   game-file fragment) -> skill name or list of names
      "task_keywords": {"pick_heat_then_place_in_recep": ["heat"], ...}, # optional: task type -> keywords
      "question_patterns": {"compare": ["\\bwhich\\b.*\\bor\\b"], ...}    # optional: skill -> regexes
    }

`skills_for(task_meta)` returns the general skill followed by the task-specific ones, each pair joined
by a blank line. The task-specific skills are chosen by the first rule that applies:
  1. `gamefile` (ALFWorld): the first task_to_skill key, in file order, that is a substring of the path;
  2. the task type, else the data source, equal to a task_to_skill key;
  3. otherwise task_keywords: every task type with a keyword occurring as a WHOLE WORD (an optional
     plural "s"/"es" allowed) in the task text only — the reference substring-matched the whole prompt,
     so "hat" fired on "what" and product titles pulled in unrelated categories (§8.3).
Independently of these, every skill with a question pattern matching the task text (case-insensitive
regex search) is added (Search: "compare" questions; the reference's rule for it could never fire).
`skill_all=True` returns the general skill followed by every other skill, in file order.
"""
from __future__ import annotations

import json
import pathlib
import re
from typing import Any, Mapping

GENERAL_SKILL_NAMES = ("general", "general_skills")
REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]


class SkillConfigError(ValueError):
    """A skills folder that is missing or malformed; the message names the path and the problem."""


def resolve_skills_dir(skills_dir: str | pathlib.Path | None, env_name: str | None = None) -> pathlib.Path:
    """The skills folder to use: `skills_dir` as given (relative to the working directory, else to the
    repository root), or `skills/<env>` when it is None (env from env.env_name, e.g. "alfworld/AlfredTWEnv")."""
    if skills_dir is None:
        if not env_name:
            raise SkillConfigError("no skills_dir given and no env name to derive skills/<env> from")
        skills_dir = pathlib.Path("skills") / str(env_name).split("/")[0].lower()
    path = pathlib.Path(skills_dir).expanduser()
    if not path.is_absolute() and not path.exists() and (REPO_ROOT / path).exists():
        path = REPO_ROOT / path
    return path


class SkillProvider:
    def __init__(self, skills_dir: str | pathlib.Path, skill_all: bool = False):
        self.skills_dir = pathlib.Path(skills_dir)
        self.skill_all = bool(skill_all)
        mapping = self._load_mapping()
        self.skills: dict[str, str] = self._load_skill_texts(mapping)
        self.general_name: str | None = self._general_name(mapping)
        self.task_to_skill: dict[str, list[str]] = {
            str(key): self._skill_names(value, f"task_to_skill[{key!r}]")
            for key, value in self._section(mapping, "task_to_skill").items()}
        self.keyword_patterns: dict[str, list[re.Pattern]] = {
            str(task_type): [self._keyword_regex(k, task_type) for k in self._string_list(words, f"task_keywords[{task_type!r}]")]
            for task_type, words in self._section(mapping, "task_keywords").items()}
        self.question_patterns: dict[str, list[re.Pattern]] = {}
        for skill, patterns in self._section(mapping, "question_patterns").items():
            self._skill_names(skill, "question_patterns")
            self.question_patterns[str(skill)] = [self._regex(p, f"question_patterns[{skill!r}]")
                                                  for p in self._string_list(patterns, f"question_patterns[{skill!r}]")]

    # ------------------------------------------------------------------ lookup
    def skills_for(self, task_meta: Mapping[str, Any]) -> str:
        """General skill + the task's skills, joined by blank lines ("" if the folder has none)."""
        return "\n\n".join(self.skills[name] for name in self.skill_names_for(task_meta))

    def skill_names_for(self, task_meta: Mapping[str, Any]) -> list[str]:
        """The names of the skills `skills_for` concatenates, in order."""
        general = [self.general_name] if self.general_name else []
        if self.skill_all:
            return general + [name for name in self.skills if name != self.general_name]
        task_text = str(task_meta.get("task") or "")
        specific = self._specific_skills(task_meta, task_text)
        for skill, patterns in self.question_patterns.items():
            if any(p.search(task_text) for p in patterns):
                specific.append(skill)
        names: list[str] = []
        for name in general + specific:
            if name not in names:
                names.append(name)
        return names

    def _specific_skills(self, task_meta: Mapping[str, Any], task_text: str) -> list[str]:
        gamefile = task_meta.get("gamefile")
        if gamefile:
            for key, skills in self.task_to_skill.items():
                if key in str(gamefile):
                    return list(skills)
        for field in ("task_type", "data_source"):
            value = task_meta.get(field)
            if value is not None and str(value) in self.task_to_skill:
                return list(self.task_to_skill[str(value)])
        matched: list[str] = []
        for task_type, patterns in self.keyword_patterns.items():
            if any(p.search(task_text) for p in patterns):
                matched.extend(self.task_to_skill.get(task_type, [task_type] if task_type in self.skills else []))
        return matched

    # ------------------------------------------------------------------ loading
    def _fail(self, problem: str) -> SkillConfigError:
        return SkillConfigError(f"skills folder {str(self.skills_dir)!r}: {problem}")

    def _load_mapping(self) -> dict:
        if not self.skills_dir.is_dir():
            raise self._fail("does not exist or is not a folder (set algorithm.<method>.skills_dir)")
        path = self.skills_dir / "skill_mapping.json"
        if not path.is_file():
            raise self._fail("has no skill_mapping.json")
        try:
            mapping = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise self._fail(f"skill_mapping.json is not valid JSON ({err})") from err
        if not isinstance(mapping, dict):
            raise self._fail("skill_mapping.json must hold a JSON object")
        if not isinstance(mapping.get("skill_files"), dict) or not mapping["skill_files"]:
            raise self._fail("skill_mapping.json needs a non-empty 'skill_files' object (skill name -> .md file)")
        return mapping

    def _load_skill_texts(self, mapping: dict) -> dict[str, str]:
        texts = {}
        for name, filename in mapping["skill_files"].items():
            if not isinstance(filename, str):
                raise self._fail(f"skill_files[{name!r}] must be a file name, got {filename!r}")
            path = self.skills_dir / filename
            if not path.is_file():
                raise self._fail(f"skill {name!r} names {filename!r}, which does not exist")
            texts[str(name)] = path.read_text(encoding="utf-8").strip()
        return texts

    def _general_name(self, mapping: dict) -> str | None:
        if "general" in mapping and not isinstance(mapping["general"], dict):
            name = mapping["general"]
            if name is None:
                return None
            self._skill_names(name, "general")
            return str(name)
        return next((n for n in GENERAL_SKILL_NAMES if n in self.skills), None)

    def _section(self, mapping: dict, key: str) -> dict:
        section = mapping.get(key, {}) or {}
        if not isinstance(section, dict):
            raise self._fail(f"'{key}' must be a JSON object, got {type(section).__name__}")
        return section

    def _skill_names(self, value: Any, where: str) -> list[str]:
        names = self._string_list(value, where)
        unknown = [n for n in names if n not in self.skills]
        if unknown:
            raise self._fail(f"{where} names unknown skill(s) {unknown}; known: {sorted(self.skills)}")
        return names

    def _string_list(self, value: Any, where: str) -> list[str]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise self._fail(f"{where} must be a string or a list of strings, got {value!r}")
        return list(items)

    def _regex(self, pattern: str, where: str) -> re.Pattern:
        try:
            return re.compile(pattern, re.IGNORECASE)
        except re.error as err:
            raise self._fail(f"{where}: bad regular expression {pattern!r} ({err})") from err

    def _keyword_regex(self, keyword: str, task_type: str) -> re.Pattern:
        words = keyword.strip().split()
        if not words:
            raise self._fail(f"task_keywords[{task_type!r}] has an empty keyword")
        body = r"\s+".join(re.escape(w) for w in words)
        return re.compile(rf"(?<!\w){body}(?:s|es)?(?!\w)", re.IGNORECASE)
