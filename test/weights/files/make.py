# Writes the PyTorch files that test/weights/format.test.ts recognises (run with
# Debian's /usr/bin/python3, torch 1.13): a tiny state_dict as torch.save
# writes it today (a zip archive) and before PyTorch 1.6 (a pickle), and a
# TorchScript archive. mixc only looks at their first bytes and zip entries.
import collections
import os

import torch

here = os.path.dirname(os.path.abspath(__file__))
state = collections.OrderedDict(
    [("module.conv.weight", torch.ones(2, 1)), ("module.bn.num_batches_tracked", torch.tensor(3))]
)
torch.save(state, os.path.join(here, "state-dict.pth"))
torch.save(state, os.path.join(here, "legacy.pth"), _use_new_zipfile_serialization=False)
torch.jit.save(torch.jit.script(torch.nn.Linear(2, 1)), os.path.join(here, "scripted.pt"))
