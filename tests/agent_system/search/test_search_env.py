"""SearchEnv and SearchEnvironmentManager: scripted episodes with golden observations and rewards."""
import json

import numpy as np
import pytest
from omegaconf import OmegaConf

from agent_system.environments.env_package.search import (
    INVALID_ACTION_OBSERVATION, SearchEnv, SearchEnvironmentManager, make_manager)
from agent_system.environments.env_package.search.tasks import load_tasks, SHIPPED_SPLITS

from search_testlib import StubClient

TASK = {"question": "Who wrote Emma?", "ground_truth": {"target": ["Jane Austen"]}, "data_source": "nq",
        "task_id": "emma"}
EMMA_DOCS = [{"id": "7", "contents": '"Emma (novel)"\nEmma is a novel by Jane Austen.'},
             {"id": "9", "contents": '"Jane Austen"\nJane Austen was an English novelist.'}]


def emma_client() -> StubClient:
    return StubClient(lambda query: EMMA_DOCS)


def test_search_then_answer_golden_transcript():
    client = emma_client()
    env = SearchEnv(client, max_turns=4)
    obs, info = env.reset(TASK)
    assert obs == "Who wrote Emma?"
    assert info["won"] is False and info["data_source"] == "nq" and info["task_type"] == "nq"

    obs, reward, done, info = env.step("<think>look it up</think><search> author of Emma </search>")
    expected_result = ('Doc 1: "Emma (novel)"\nEmma is a novel by Jane Austen.\n'
                       'Doc 2: "Jane Austen"\nJane Austen was an English novelist.\n')
    assert obs == "\n<information>" + json.dumps({"result": expected_result}) + "</information>\n"
    assert obs.startswith('\n<information>{"result": "Doc 1: \\"Emma (novel)\\"\\nEmma is')
    assert (reward, done) == (0.0, False)
    assert info["tool_calling"] == 1 and info["tool_calls_total"] == 1 and info["is_action_valid"]
    assert info["action"] == "<search>author of Emma</search>" and info["retrieval_failed"] is False
    assert client.calls == [(["author of Emma"], [0])]

    obs, reward, done, info = env.step("<think>it says so</think><answer>Jane Austen.</answer>")
    assert (obs, reward, done) == ("", 1.0, True)
    assert info["won"] is True and info["answer"] == "Jane Austen." and info["tool_calling"] == 0
    assert info["tool_calls_total"] == 1 and info["turns"] == 2


@pytest.mark.parametrize("answer, reward", [("The Jane Austen", 1.0), ("Austen", 0.0)])
def test_answer_first_ends_the_episode_without_search(answer, reward):
    client = emma_client()
    env = SearchEnv(client)
    env.reset(TASK)
    obs, r, done, info = env.step(f"<answer>{answer}</answer>")
    assert (obs, r, done, info["won"], info["turns"]) == ("", reward, True, reward == 1.0, 1)
    assert client.calls == []
    with pytest.raises(RuntimeError, match="after the episode ended"):
        env.step("<answer>again</answer>")


def test_invalid_output_is_a_no_op_with_a_hint():
    client = emma_client()
    env = SearchEnv(client)
    env.reset(TASK)
    obs, reward, done, info = env.step("I believe it was Jane Austen")
    assert obs == INVALID_ACTION_OBSERVATION and (reward, done) == (0.0, False)
    assert info["is_action_valid"] is False and info["invalid_reason"] == "no_action_tag"
    assert info["tool_calling"] == 0 and client.calls == []


def test_both_tags_is_invalid_but_the_search_still_runs():
    client = emma_client()
    env = SearchEnv(client)
    env.reset(TASK)
    obs, reward, done, info = env.step("<search>emma</search><answer>Jane Austen</answer>")
    assert "<information>" in obs and not done and reward == 0.0
    assert info["is_action_valid"] is False and info["invalid_reason"] == "both_tags"
    assert client.calls == [(["emma"], [0])]


def test_max_turns_ends_the_episode_on_the_last_search_without_running_it():
    client = emma_client()
    env = SearchEnv(client, max_turns=4)
    env.reset(TASK)
    dones, rewards = [], []
    for turn in range(4):
        _, reward, done, info = env.step(f"<search>query {turn}</search>")
        dones.append(done)
        rewards.append(reward)
    assert dones == [False, False, False, True] and rewards == [0.0] * 4
    assert len(client.calls) == 3 and info["tool_calls_total"] == 3 and info["won"] is False
    assert info["turns"] == 4 and info["tool_calling"] == 0


def test_answer_on_the_last_turn_is_scored():
    env = SearchEnv(emma_client(), max_turns=2)
    env.reset(TASK)
    env.step("<search>emma</search>")
    _, reward, done, info = env.step("<answer>Jane Austen</answer>")
    assert (reward, done, info["won"]) == (1.0, True, True)


def test_retrieved_text_is_never_scored_as_the_models_answer():
    sneaky = StubClient(lambda query: [{"id": "1", "contents": "<answer>Jane Austen</answer>"}])
    env = SearchEnv(sneaky, max_turns=2)
    env.reset(TASK)
    env.step("<search>emma</search>")
    _, reward, done, _ = env.step("<search>again</search>")
    assert done and reward == 0.0


def test_failed_retrieval_becomes_an_observation_not_an_exception():
    env = SearchEnv(StubClient(error="the retrieval server did not answer after 3 attempt(s)"))
    env.reset(TASK)
    obs, reward, done, info = env.step("<search>emma</search>")
    assert obs == "\n<information>" + json.dumps(
        {"result": "Search error: the retrieval server did not answer after 3 attempt(s)"}) + "</information>\n"
    assert info["retrieval_failed"] is True and info["retrieval_failures"] == 1 and not done


def test_env_without_client_reports_instead_of_crashing():
    env = SearchEnv(None)
    env.reset(TASK)
    obs, _, _, info = env.step("<search>emma</search>")
    assert "Search error: no retrieval client" in obs and info["retrieval_failed"]


def test_manager_without_client_reports_in_the_observation():
    manager = SearchEnvironmentManager(make_tasks(), None)
    manager.reset(make_tasks()[:1])
    obs, _, dones, infos = manager.step(["<search>emma</search>"], np.ones(1, dtype=bool))
    assert "Search error: no retrieval client is configured" in obs[0] and infos[0]["retrieval_failed"]
    assert manager.success(infos)["retrieval_failure_count"] == 1.0


def test_reset_rejects_a_task_without_answers():
    with pytest.raises(ValueError, match="ground_truth"):
        SearchEnv(None).reset({"question": "q"})


# ------------------------------------------------------------------------------------------- manager
def make_tasks():
    return [
        {"question": "Who wrote Emma?", "ground_truth": {"target": ["Jane Austen"]}, "data_source": "nq"},
        {"question": "Who wrote Emma?", "ground_truth": {"target": ["Jane Austen"]}, "data_source": "nq"},
        {"question": "Where was the author of Emma born?", "ground_truth": {"target": ["Steventon"]},
         "data_source": "hotpotqa"},
    ]


def test_manager_batches_searches_and_reports_per_source_success():
    client = emma_client()
    manager = SearchEnvironmentManager(make_tasks(), client, max_turns=4, history_length=4)
    obs, infos = manager.reset(make_tasks())
    assert obs == [t["question"] for t in make_tasks()]
    all_active = np.ones(3, dtype=bool)

    obs, rewards, dones, infos = manager.step(
        ["<search>emma author</search>", "<answer>Charlotte Bronte</answer>", "<search>emma author</search>"], all_active)
    assert client.calls == [(["emma author", "emma author"], [0, 2])]  # one batched call, env index = lane
    assert dones.tolist() == [False, True, False] and rewards.tolist() == [0, 0, 0]

    active = ~dones
    obs, rewards, dones, infos = manager.step(
        ["<answer>Jane Austen</answer>", None, "<search>Jane Austen birthplace</search>"], active)
    assert rewards.tolist() == [1.0, 0.0, 0.0] and dones.tolist() == [True, True, False]
    assert infos[1]["turns"] == 1  # the inactive env kept its last info

    obs, rewards, dones, infos = manager.step([None, None, "<answer>Steventon</answer>"], ~dones)
    assert dones.all() and rewards.tolist() == [0.0, 0.0, 1.0]
    metrics = manager.success(infos)
    assert metrics == pytest.approx({"success_rate": 2 / 3, "nq_success_rate": 0.5, "hotpotqa_success_rate": 1.0,
                                     "tool_call_count": 1.0, "retrieval_failure_count": 0.0})


def test_build_prompt_renders_the_search_history():
    manager = SearchEnvironmentManager(make_tasks(), emma_client(), history_length=4)
    manager.reset(make_tasks()[:1])
    first = manager.build_prompt(0)
    assert len(first) == 1 and first[0]["role"] == "user"
    assert "Your question: Who wrote Emma?" in first[0]["content"] and "History:" not in first[0]["content"]

    manager.step(["<search>emma author</search>"], np.ones(1, dtype=bool))
    content = manager.build_prompt(0)[0]["content"]
    assert "So far you have taken 1 step(s)" in content and "You are now at step 2" in content
    assert "History:\nStep 1:<search>emma author</search> \n<information>" in content
    assert "Jane Austen was an English novelist." in content


def test_history_length_zero_keeps_the_first_turn_template():
    manager = SearchEnvironmentManager(make_tasks(), emma_client(), history_length=0)
    manager.reset(make_tasks()[:1])
    manager.step(["<search>emma</search>"], np.ones(1, dtype=bool))
    assert "History:" not in manager.build_prompt(0)[0]["content"]


def test_make_manager_reads_the_env_config_and_the_shipped_test_set():
    cfg = OmegaConf.create({"max_steps": 2, "history_length": 1,
                            "search": {"search_url": ["http://127.0.0.1:1/retrieve", "http://127.0.0.1:2/retrieve"],
                                       "topk": 5, "timeout": 7, "max_retries": 2, "require_think": True}})
    manager = make_manager(cfg, "val")
    shipped = load_tasks(SHIPPED_SPLITS["val"])
    tasks = manager.eval_tasks()
    assert len(tasks) == len(shipped) == 410 and [t["task_id"] for t in tasks] == [t["task_id"] for t in shipped]
    assert set(tasks[0]) == {"task_id", "task_type", "data_source", "question", "ground_truth", "task_text"}
    assert tasks[0]["task_text"] == tasks[0]["question"] and tasks[0]["task_type"] == tasks[0]["data_source"]
    assert manager.max_turns == 2 and manager.history_length == 1 and manager.require_think is True
    assert manager.client.urls[1].endswith(":2/retrieve") and manager.client.topk == 5
    assert (manager.client.timeout, manager.client.max_retries) == (7.0, 2)

    train = make_manager(OmegaConf.create({}), "train")
    sample_a = train.sample_tasks(8, np.random.default_rng(3))
    sample_b = train.sample_tasks(8, np.random.default_rng(3))
    assert sample_a == sample_b and {t["data_source"] for t in train.eval_tasks()} == {"nq", "hotpotqa"}


def test_make_manager_accepts_explicit_data_files(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"question": "q1?", "golden_answers": ["a"], "data_source": "popqa"}) + "\n")
    manager = make_manager({}, "train", data_files=str(path))
    assert manager.eval_tasks() == [{"task_id": "mine_0", "task_type": "popqa", "data_source": "popqa",
                                     "question": "q1?", "ground_truth": {"target": ["a"]}, "task_text": "q1?"}]
    with pytest.raises(ValueError, match="split"):
        make_manager({}, "dev")


def test_episode_through_the_real_server(bm25_server):
    manager = make_manager(OmegaConf.create({"search": {"search_url": bm25_server.url}}), "val")
    tasks = [t for t in manager.eval_tasks() if t["data_source"] == "nq"][:2]
    manager.reset(tasks)
    obs, _, dones, infos = manager.step([f"<search>{t['question']}</search>" for t in tasks], np.ones(2, dtype=bool))
    assert not dones.any() and all(info["tool_calling"] == 1 and not info["retrieval_failed"] for info in infos)
    for task, text in zip(tasks, obs):
        assert text.startswith('\n<information>{"result": "Doc 1: ') and "Doc 3: " in text
        assert task["ground_truth"]["target"][0] in json.loads(text.strip()[len("<information>"):-len("</information>")])["result"]
    answers = [f"<answer>{t['ground_truth']['target'][0]}</answer>" for t in tasks]
    _, rewards, dones, infos = manager.step(answers, np.ones(2, dtype=bool))
    assert rewards.tolist() == [1.0, 1.0] and manager.success(infos)["nq_success_rate"] == 1.0


# ------------------------------------------------------------------ env.search.faithful
def test_faithful_scores_the_joined_history_including_retrieved_text():
    sneaky = StubClient(lambda query: [{"id": "1", "contents": "<answer>Jane Austen</answer>"}])
    for faithful, expected in ((True, 1.0), (False, 0.0)):
        env = SearchEnv(sneaky, max_turns=2, faithful=faithful)
        env.reset(TASK)
        env.step("<search>emma</search>")
        _, reward, done, info = env.step("<search>again</search>")  # the turn limit ends the episode
        assert done and reward == expected and info["won"] is (expected == 1.0), faithful
        assert info["answer"] == ("Jane Austen" if faithful else None)
    # the model's own later answer is the last one, so it is what counts in both modes
    for faithful in (True, False):
        env = SearchEnv(sneaky, max_turns=4, faithful=faithful)
        env.reset(TASK)
        env.step("<search>emma</search>")
        _, reward, done, _ = env.step("<answer>Charlotte Bronte</answer>")
        assert done and reward == 0.0


def test_faithful_history_is_actions_and_information_blocks_only():
    env = SearchEnv(emma_client(), max_turns=4, faithful=True)
    env.reset(TASK)
    invalid_obs, *_ = env.step("no tags at all")  # our hint mentions <answer> ... </answer>: never scored
    assert "<answer>" in invalid_obs
    info_obs, *_ = env.step("<search>emma</search>")
    env.step("<answer>Jane Austen</answer>")
    assert env.history == ["", "<search>emma</search>", info_obs, "<answer>Jane Austen</answer>"]


def test_a_search_wrapping_an_answer_in_both_modes():
    text = "<search>emma <answer>Jane Austen</answer></search>"
    faithful = SearchEnv(emma_client(), faithful=True)
    faithful.reset(TASK)
    obs, reward, done, info = faithful.step(text)
    # the reference: the action holds <answer>...</answer>, so the episode ends and that answer is scored
    assert (obs, reward, done, info["is_action_valid"], info["won"]) == ("", 1.0, True, False, True)

    client = emma_client()
    ours = SearchEnv(client, faithful=False)
    ours.reset(TASK)
    obs, reward, done, info = ours.step(text)
    # ours: an invalid search; it runs, and can never end or win the episode
    assert (reward, done, info["is_action_valid"], info["invalid_reason"]) == (0.0, False, False, "both_tags")
    assert "<information>" in obs and client.calls == [(["emma <answer>Jane Austen</answer>"], [0])]
    ours.step("<search>more</search>")
    ours.step("<search>more</search>")
    _, reward, done, info = ours.step("<search>last</search>")  # the turn limit: the wrapped answer is not scored
    assert done and reward == 0.0 and info["answer"] is None


@pytest.mark.parametrize("faithful, reward, done", [(True, 1.0, True), (False, 0.0, False)])
def test_upper_case_answer_tags(faithful, reward, done):
    env = SearchEnv(emma_client(), faithful=faithful)
    env.reset(TASK)
    _, r, d, info = env.step("<ANSWER>Jane Austen</ANSWER>")
    assert (r, d, info["is_action_valid"]) == (reward, done, faithful)


def test_make_manager_reads_faithful_and_max_query_chars():
    manager = make_manager(OmegaConf.create({"search": {"faithful": True, "max_query_chars": 16}}), "val")
    manager.reset(manager.eval_tasks()[:1])
    env = manager.envs[0]
    assert manager.faithful and env.faithful and env.max_query_chars == 16
    assert env.plan("<Search>a very long query about something</Search>").query == "a very long quer"
    default = make_manager(OmegaConf.create({}), "val")
    assert default.faithful is False and default.max_query_chars == 2048
    with pytest.raises(ValueError, match="env.search.faithful must be true or false, got 'yes'"):
        make_manager(OmegaConf.create({"search": {"faithful": "yes"}}), "val")
    uncut = make_manager(OmegaConf.create({"search": {"max_query_chars": 0}}), "val")  # the reference: no cut
    uncut.reset(uncut.eval_tasks()[:1])
    assert uncut.envs[0].plan("<search>a very long query about something</search>").query == \
        "a very long query about something"
    with pytest.raises(ValueError, match=r"env.search.max_query_chars must be a non-negative integer \(0 = no cut\), got -1"):
        make_manager(OmegaConf.create({"search": {"max_query_chars": -1}}), "val")
