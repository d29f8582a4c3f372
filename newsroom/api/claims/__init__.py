"""The API of claims and answers: links between statements, incidents, fact-checks and the rating
scale (serializers, filters, viewsets), live only, in cursor pages like every list of the API."""
