class EigenVelden:
    """A ModelForm that saves an existing row's own fields only (and its auto_now stamps): it
    never writes back what it read but did not show, such as a status or an archive date that
    another request may have changed in the meantime. A service that saves it itself takes
    velden(): the cleaned values of the form's own fields only."""

    def velden(self) -> dict:
        return {veld: self.cleaned_data[veld] for veld in self._meta.fields}

    def save(self, commit=True):
        if not commit or self.instance._state.adding:
            return super().save(commit)
        stempels = [
            veld.name
            for veld in self.instance._meta.concrete_fields
            if getattr(veld, "auto_now", False)
        ]
        self.instance.save(update_fields=[*self._meta.fields, *stempels])
        self._save_m2m()
        return self.instance
