"""The desk: the work around an item, beside its text. Who looks after it and by when
(`assignments`), what people say about it (`comments`), what someone typed and has not saved
(`autosave`), and what changed since a person last looked (`activity`). None of it changes an
article or statement: text goes through editorial.editing, status through editorial.workflow.
Imports editorial, content and core."""
