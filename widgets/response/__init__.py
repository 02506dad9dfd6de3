"""The bidder's side: the response workspace (投标响应) opened from a ``bideval-response/1`` file."""
