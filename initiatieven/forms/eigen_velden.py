class EigenVelden:
    """A ModelForm of an Initiatief that saves an existing row's own fields only: it never
    writes back the status it read, which a submission or status change may have changed
    in the meantime."""

    def save(self, commit=True):
        if not commit or self.instance._state.adding:
            return super().save(commit)
        self.instance.save(update_fields=[*self._meta.fields, "gewijzigd_op"])
        self._save_m2m()
        return self.instance
