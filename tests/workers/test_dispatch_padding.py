"""WorkerGroup.dispatch pads to the data-parallel size with MASKED copies for every caller (no sample
is trained twice) and drops the copies' outputs."""
import torch

from verl.protocol import DataProto
from verl.workers.worker_group import LocalWorkerGroup, pad_with_masked_copies


def test_padding_adds_only_masked_copies():
    batch = DataProto.from_dict({"response_mask": torch.ones(5, 3), "advantages": torch.full((5, 3), 2.0)},
                                {"uid": list("abcde")})
    padded, pad = pad_with_masked_copies(batch, 4)
    assert pad == 3 and len(padded) == 8 and padded["response_mask"][:5].sum() == 15
    assert padded["response_mask"][5:].sum() == 0 and padded["advantages"][5:].sum() == 0
    assert list(padded["uid"][5:]) == ["a", "b", "c"]
    assert pad_with_masked_copies(batch, 5) == (batch, 0)


class _Recorder:
    """A fake worker: records the shard each rank got; returns per-sample token counts."""

    def __init__(self, config, role):
        self.seen = []

    def count_tokens(self, shard):
        self.seen.append(shard)
        return DataProto.from_dict({"tokens": shard["response_mask"].sum(-1)})


class _TwoRankGroup(LocalWorkerGroup):
    """Two in-process 'ranks' sharing one worker, enough to exercise the generic dispatch."""

    def __init__(self):
        super().__init__(_Recorder, None)
        self.world_size = 2

    def call_per_rank(self, method, per_rank_args):
        return [self._run(method, args, {}) for args in per_rank_args]


def test_generic_dispatch_pads_with_masked_copies_and_drops_them():
    group = _TwoRankGroup()
    batch = DataProto.from_dict({"response_mask": torch.ones(3, 4)}, {"uid": list("xyz")})
    out = group.dispatch("count_tokens", batch)
    assert out["tokens"].tolist() == [4, 4, 4]  # the copy's output is dropped
    shards = group.worker.seen
    assert [len(s) for s in shards] == [2, 2]
    # the padding sample (a copy of 'x') carries no token: nothing is trained twice
    assert shards[1]["response_mask"].sum().item() == 4 and list(shards[1]["uid"]) == ["z", "x"]
