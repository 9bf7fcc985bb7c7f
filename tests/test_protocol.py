import pickle

import numpy as np
import pytest
import torch

from verl.protocol import DataProto, DataProtoError, pad_dataproto_to_divisor, unpad_dataproto


def make(n=5):
    return DataProto.from_dict(
        tensors={"ids": torch.arange(n * 3).view(n, 3), "score": torch.arange(n, dtype=torch.float32)},
        non_tensors={"uid": [f"u{i // 2}" for i in range(n)], "msgs": [[{"role": "user", "content": str(i)}] for i in range(n)]},
        meta_info={"temperature": 1.0},
    )


def test_construction_and_len():
    data = make(5)
    assert len(data) == 5
    assert data["ids"].shape == (5, 3)
    assert list(data["uid"]) == ["u0", "u0", "u1", "u1", "u2"]
    # list-valued entries stay lists (not broadcast into a 2-D array)
    assert data["msgs"][3] == [{"role": "user", "content": "3"}]


def test_mismatched_lengths_rejected():
    with pytest.raises(DataProtoError, match="batch dimension"):
        DataProto.from_dict({"a": torch.zeros(3, 2), "b": torch.zeros(4)})
    with pytest.raises(DataProtoError, match="number of samples"):
        DataProto.from_dict({"a": torch.zeros(3, 2)}, {"uid": ["x", "y"]})
    with pytest.raises(DataProtoError, match="0-dim"):
        DataProto.from_dict({"a": torch.tensor(1.0)})


def test_empty_and_single():
    empty = DataProto.from_dict({"a": torch.zeros(0, 4)}, {"uid": []})
    assert len(empty) == 0
    assert len(empty.chunk(3)) == 3 and all(len(c) == 0 for c in empty.chunk(3))
    one = make(1)
    assert len(one) == 1 and one[0]["ids"].tolist() == [[0, 1, 2]]
    assert len(DataProto()) == 0


def test_indexing_slicing_and_select_idxs():
    data = make(5)
    assert data[-1]["ids"].tolist() == [[12, 13, 14]]
    assert data[1:3]["score"].tolist() == [1.0, 2.0]
    picked = data[[4, 0]]
    assert picked["score"].tolist() == [4.0, 0.0] and list(picked["uid"]) == ["u2", "u0"]
    masked = data.select_idxs(np.array([True, False, True, False, False]))
    assert masked["score"].tolist() == [0.0, 2.0]
    with pytest.raises(IndexError):
        data[5]


def test_select_pop_and_union_conflicts():
    data = make(4)
    sub = data.select(batch_keys=["ids"], non_tensor_batch_keys=["uid"])
    assert sub.keys() == ["ids", "uid"]
    with pytest.raises(KeyError, match="nope"):
        data.select(batch_keys=["nope"])
    popped = data.pop(batch_keys=["score"])
    assert "score" not in data and popped["score"].tolist() == [0, 1, 2, 3]
    data.union(popped)  # adds back
    assert data["score"].tolist() == [0, 1, 2, 3]
    data.union(make(4).select(batch_keys=["ids"]))  # same values: fine
    clash = DataProto.from_dict({"ids": torch.zeros(4, 3, dtype=torch.long)})
    with pytest.raises(DataProtoError, match="'ids'"):
        data.union(clash)
    with pytest.raises(DataProtoError, match="lengths"):
        data.union(make(3))


def test_chunk_non_divisible_and_concat_roundtrip():
    data = make(5)
    parts = data.chunk(2)
    assert [len(p) for p in parts] == [3, 2]
    back = DataProto.concat(parts)
    assert torch.equal(back["ids"], data["ids"]) and list(back["uid"]) == list(data["uid"])
    assert [len(p) for p in data.split(2)] == [2, 2, 1]
    assert [len(p) for p in data.split([1, 4])] == [1, 4]
    with pytest.raises(DataProtoError, match="add up"):
        data.split([1, 1])
    with pytest.raises(DataProtoError, match="different keys"):
        DataProto.concat([make(2), make(2).select(batch_keys=["ids"])])


def test_repeat_interleave_and_tile():
    data = make(2)
    assert data.repeat(3)["score"].tolist() == [0, 0, 0, 1, 1, 1]
    assert data.repeat(2, interleave=False)["score"].tolist() == [0, 1, 0, 1]


def test_pad_unpad_and_reorder():
    data = make(5)
    padded, pad = pad_dataproto_to_divisor(data, 4)
    assert pad == 3 and len(padded) == 8
    assert padded["score"].tolist()[5:] == [0, 1, 2]
    assert torch.equal(unpad_dataproto(padded, pad)["ids"], data["ids"])
    same, zero = data.pad_to_divisor(5)
    assert zero == 0 and same is data
    data.reorder(torch.tensor([4, 3, 2, 1, 0]))
    assert data["score"].tolist() == [4, 3, 2, 1, 0] and data["uid"][0] == "u2"


def test_pickle_roundtrip():
    data = make(3)
    back = pickle.loads(pickle.dumps(data))
    assert torch.equal(back["ids"], data["ids"]) and list(back["uid"]) == list(data["uid"])
    assert back.meta_info == {"temperature": 1.0}
