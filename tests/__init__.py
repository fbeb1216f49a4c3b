"""complaint-kit's own tests, and the helpers the plugins' tests share (``tests.realtools``)."""
