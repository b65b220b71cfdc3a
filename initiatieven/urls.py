app_name = "initiatieven"
urlpatterns: list = []
