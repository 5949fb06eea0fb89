"""资料审核 tab: the review queue and the review screen."""
