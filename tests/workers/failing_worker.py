"""A model-free worker for the failure-path tests of the worker groups."""
import time

import torch.distributed as dist


class FailOnRankWorker:
    def __init__(self, config, role):
        from verl.utils.device import init_distributed

        self.rank, self.world_size = init_distributed("cpu")

    def echo(self, value):
        return self.rank, value

    def explode(self, bad_rank):
        if self.rank == bad_rank:
            raise ValueError(f"rank {self.rank} refuses")
        if self.world_size > 1:
            dist.barrier()  # the healthy ranks block here, as they would in an FSDP collective
        return self.rank

    def nap(self, seconds):
        time.sleep(seconds)
        return self.rank
